using Gongkai.Domain.PowerLists;
using MiniExcelLibs;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>The list as an .xlsx in the import layout (<see cref="PowerListColumns.Headers"/>), so
/// an exported list can be edited and imported again; the district file adds the organ first
/// (an extra column the importer ignores).</summary>
public static class PowerListExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string OrganColumn = "机关";

    public static byte[] Create(IEnumerable<(PowerItem Item, string Organ)> items, bool withOrgan)
    {
        var rows = items.Select(x =>
        {
            var row = new Dictionary<string, object?>();
            if (withOrgan)
            {
                row[OrganColumn] = x.Organ;
            }

            var i = x.Item;
            row[PowerListColumns.Code] = i.Code;
            row[PowerListColumns.Name] = i.Name;
            row[PowerListColumns.SubItem] = i.SubItem;
            row[PowerListColumns.Type] = PowerTypes.Name(i.Type);
            row[PowerListColumns.Basis] = i.Basis;
            row[PowerListColumns.Subject] = i.Subject ?? x.Organ;
            row[PowerListColumns.HandlingUnit] = i.HandlingUnit;
            row[PowerListColumns.Responsibilities] = i.Responsibilities;
            row[PowerListColumns.Accountability] = i.Accountability;
            row[PowerListColumns.Phone] = i.Phone;
            row[PowerListColumns.Note] = i.Note;
            return row;
        }).ToList();
        if (rows.Count == 0)
        {
            var empty = new Dictionary<string, object?>();
            if (withOrgan)
            {
                empty[OrganColumn] = null;
            }

            foreach (var h in PowerListColumns.Headers)
            {
                empty[h] = null;
            }

            rows.Add(empty);
        }

        using var output = new MemoryStream();
        output.SaveAs(rows, sheetName: "权责清单", excelType: ExcelType.XLSX);
        return output.ToArray();
    }
}
