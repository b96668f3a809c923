using System.Globalization;
using System.IO.Compression;
using Gongkai.Domain.Uploads;
using MiniExcelLibs;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>The Excel side of bulk import: the template people fill in, and reading an uploaded
/// workbook into rows. The upload is treated as hostile: it must really be an xlsx (a zip with
/// xl/workbook.xml), small enough packed and unpacked, and within the row limit; anything the
/// reader chokes on becomes a Chinese message, never a 500.</summary>
public static class PublicationImportExcel
{
    public const string Organization = "机关";
    public const string Category = "栏目";
    public const string Title = "标题";
    public const string Body = "正文";
    public const string DocumentNumber = "发文字号";
    public const string SignedOn = "成文日期";
    public const string PublishedOn = "发布日期";
    public const string IndexNumber = "索引号";
    public const string Validity = "有效性";

    public static IReadOnlyList<string> Headers { get; } =
        [Organization, Category, Title, Body, DocumentNumber, SignedOn, PublishedOn, IndexNumber, Validity];

    private static readonly string[] Required = [Organization, Category, Title, Body, PublishedOn];

    private static readonly string[] Guidance =
    [
        "机关：机关编号、全称或简称，如“区财政局”。",
        "栏目：第二十条事项序号 1–15（如 7 表示财政预算、决算），或栏目键，如 item-21-shizheng、guide（公开指南）、rules（公开制度）、annual-reports（年报）。",
        "标题：必填，不超过300字。",
        "正文：必填；纯文本按行分段，以“<”开头的按 HTML 处理（会清除脚本等不安全内容）。",
        "发文字号：可空，如 江津府办发〔2019〕12号。",
        "成文日期、发布日期：yyyy-MM-dd 文本或 Excel 日期单元格；发布日期必填且不能晚于今天。",
        "索引号：可空，保留原索引号（格式：18位机关代码/年份-五位序号）；为空时按发布年份自动编号。",
        "有效性：有效、已修改、已废止 或 失效；为空视为有效。",
        $"每次最多 {PublicationImportLimits.MaxRows:N0} 行，文件不超过 {PublicationImportLimits.MaxFileBytes / 1024 / 1024} MB。含个人信息的行将被拒绝，除非勾选“自动遮盖个人信息”。",
    ];

    /// <summary>An empty 导入 sheet with the Chinese headers, and a 填写说明 sheet.</summary>
    public static byte[] Template()
    {
        var header = new Dictionary<string, object?>();
        for (var i = 0; i < Headers.Count; i++)
        {
            header[ColumnName(i)] = Headers[i];
        }

        var sheets = new Dictionary<string, object>
        {
            ["导入"] = new[] { header },
            ["填写说明"] = Guidance.Select(text => new Dictionary<string, object?> { ["A"] = text }).ToArray(),
        };
        using var output = new MemoryStream();
        output.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    /// <summary>The rows of the first sheet, or why the file cannot be imported at all.</summary>
    public static (List<PublicationImportRow>? Rows, string? Error) Read(Stream upload)
    {
        var check = CheckWorkbook(upload);
        if (check is not null)
        {
            return (null, check);
        }

        upload.Position = 0;
        try
        {
            var rows = new List<PublicationImportRow>();
            var number = 1;
            foreach (IDictionary<string, object?> cells in upload.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
            {
                number++;
                if (number == 2)
                {
                    var missing = Required.Where(h => !cells.ContainsKey(h)).ToList();
                    if (missing.Count > 0)
                    {
                        return (null, $"第一行缺少列：{string.Join("、", missing)}。请使用导入模板，表头应为：{string.Join("、", Headers)}。");
                    }
                }

                if (cells.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
                {
                    continue;
                }

                if (rows.Count == PublicationImportLimits.MaxRows)
                {
                    return (null, PublicationImportLimits.TooManyRows(rows.Count + 1));
                }

                rows.Add(ToRow(number, cells));
            }

            return (rows, rows.Count == 0 ? "文件中没有可导入的数据行（第一行为表头，从第二行起每行一条信息）。" : null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // MiniExcel throws many kinds of exceptions on damaged files; none of them is the person's to read.
            return (null, "无法读取该 Excel 文件，文件可能已损坏。请用导入模板另存为 .xlsx 后重试。");
        }
    }

    private static string? CheckWorkbook(Stream upload)
    {
        try
        {
            using var zip = new ZipArchive(upload, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                return "该文件不是 Excel 工作簿（.xlsx）。";
            }

            // The real inflated sizes, not the declared ones.
            return PackageGuard.CheckZip(upload, PackageLimits.StreamedWorkbook, "该 Excel 文件") is { } refusal
                ? refusal + "如确为正常文件，请拆分后分批导入。"
                : null;
        }
        catch (InvalidDataException)
        {
            return "该文件不是 Excel 工作簿（.xlsx）。如为 .xls 或 WPS 格式，请另存为 .xlsx 后上传。";
        }
    }

    private static PublicationImportRow ToRow(int number, IDictionary<string, object?> cells)
    {
        var row = new PublicationImportRow { Row = number };
        row.Organization = Text(cells, Organization, row);
        row.Category = Text(cells, Category, row);
        row.Title = Text(cells, Title, row);
        var body = Text(cells, Body, row);
        if (body?.TrimStart().StartsWith('<') == true)
        {
            row.BodyHtml = body;
        }
        else
        {
            row.BodyText = body;
        }

        row.DocumentNumber = Text(cells, DocumentNumber, row);
        row.SignedOn = cells.TryGetValue(SignedOn, out var signed) ? signed : null;
        row.PublishedOn = cells.TryGetValue(PublishedOn, out var published) ? published : null;
        row.IndexNumber = Text(cells, IndexNumber, row);
        row.Validity = Text(cells, Validity, row);
        return row;
    }

    /// <summary>Text cells as they are, numbers as written (an organ id, an item number); a date or
    /// a true/false where text belongs is reported on the row.</summary>
    private static string? Text(IDictionary<string, object?> cells, string header, PublicationImportRow row)
    {
        if (!cells.TryGetValue(header, out var value))
        {
            return null;
        }

        switch (value)
        {
            case null:
                return null;
            case string s:
                return s;
            case double or float or decimal or int or long:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            default:
                row.CellErrors.Add($"“{header}”列的单元格类型不对（应为文本）。");
                return null;
        }
    }

    private static string ColumnName(int index) => ((char)('A' + index)).ToString();
}
