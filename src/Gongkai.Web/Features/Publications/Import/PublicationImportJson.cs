using System.Globalization;
using System.Text.Json;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>Reads the JSON array of <c>POST /api/v1/publications/import</c> into rows. A value of
/// the wrong type is reported on its row rather than failing the request, like a bad Excel cell.</summary>
public static class PublicationImportJson
{
    public static List<PublicationImportRow> Read(JsonElement array)
    {
        var rows = new List<PublicationImportRow>(array.GetArrayLength());
        var number = 0;
        foreach (var element in array.EnumerateArray())
        {
            number++;
            var row = new PublicationImportRow { Row = number };
            if (element.ValueKind != JsonValueKind.Object)
            {
                row.CellErrors.Add("该行不是 JSON 对象。");
                rows.Add(row);
                continue;
            }

            foreach (var property in element.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name.ToLowerInvariant())
                {
                    case "organization": row.Organization = Text(value, "organization", row, allowNumber: true); break;
                    case "category": row.Category = Text(value, "category", row, allowNumber: true); break;
                    case "title": row.Title = Text(value, "title", row); break;
                    case "bodyhtml": row.BodyHtml = Text(value, "bodyHtml", row); break;
                    case "bodytext": row.BodyText = Text(value, "bodyText", row); break;
                    case "documentnumber": row.DocumentNumber = Text(value, "documentNumber", row); break;
                    case "signedon": row.SignedOn = Text(value, "signedOn", row); break;
                    case "publishedon": row.PublishedOn = Text(value, "publishedOn", row); break;
                    case "indexnumber": row.IndexNumber = Text(value, "indexNumber", row); break;
                    case "validity": row.Validity = Text(value, "validity", row); break;
                    default: break; // other fields are ignored, so callers may send what their system has
                }
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string? Text(JsonElement value, string name, PublicationImportRow row, bool allowNumber = false)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number when allowNumber:
                return value.GetRawText();
            default:
                row.CellErrors.Add(string.Create(CultureInfo.InvariantCulture, $"字段 {name} 的类型不对，应为{(allowNumber ? "字符串或数字" : "字符串")}。"));
                return null;
        }
    }
}
