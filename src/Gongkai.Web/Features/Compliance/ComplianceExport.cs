using MiniExcelLibs;

namespace Gongkai.Web.Features.Compliance;

/// <summary>The matrix as a workbook, as the page shows it: a line per organ, per indicator its
/// count and explanation, then the score.</summary>
public static class ComplianceExport
{
    public static byte[] Excel(ComplianceMatrix matrix)
    {
        var sheet = matrix.Rows.Select(r =>
        {
            var line = new Dictionary<string, object?> { ["机关"] = r.Organ };
            foreach (var c in matrix.Columns)
            {
                var f = r.Findings[c.Key];
                line[c.Name] = f.Count;
                line[c.Name + "说明"] = f.Detail ?? "";
            }

            line["得分"] = r.Score;
            return line;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: $"{matrix.Year}年政务公开");
        return stream.ToArray();
    }

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
