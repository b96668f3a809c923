using System.Globalization;
using System.Text;
using Gongkai.Domain.Publications;
using Gongkai.Domain.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Gongkai.Web.Shared.Spreadsheets;

/// <summary>Turns an uploaded .xlsx or .csv into rows of cells, for every import that reads a sheet by
/// its Chinese column names (权责清单, 标准目录, 执法决定, 办件). The upload is untrusted: an .xlsx goes through <see cref="AttachmentInspector"/> first (size, real
/// zip with xl/workbook.xml, inflated-size and entry-count limits against zip bombs); anything the
/// reader chokes on becomes a Chinese message, never a 500.</summary>
public static class SpreadsheetUpload
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    static SpreadsheetUpload() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A file posted in a form: refused by its declared size before it is read into memory.</summary>
    public static async Task<(List<IReadOnlyList<string?>>? Cells, string? Error)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > MaxFileBytes)
        {
            return (null, TooLarge);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return Read(buffer.ToArray(), Path.GetFileName(file.FileName));
    }

    public static (List<IReadOnlyList<string?>>? Cells, string? Error) Read(byte[] content, string? fileName)
    {
        var name = fileName ?? "";
        if (content.Length == 0)
        {
            return (null, "文件为空（0字节），请重新选择文件。");
        }

        if (content.Length > MaxFileBytes)
        {
            return (null, TooLarge);
        }

        if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return (CsvCells.Parse(DecodeText(content)), null);
        }

        if (name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "不支持旧版 Excel 文件（.xls），请另存为 .xlsx 后再导入。");
        }

        if (!name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "只能导入 Excel（.xlsx）或 CSV（.csv）文件。");
        }

        using var stream = new MemoryStream(content);
        try
        {
            AttachmentInspector.Inspect(name, stream, MaxFileBytes);
        }
        catch (AttachmentRejectedException e)
        {
            return (null, e.Message);
        }

        try
        {
            // Merged cells (a 权力类型 spanning several rows, a grouped header) are read as if each cell held the value.
            var config = new OpenXmlConfiguration { FillMergedCells = true };
            var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX, configuration: config)
                .Cast<IDictionary<string, object?>>()
                .Select(r => (IReadOnlyList<string?>)r.Values.Select(Text).ToList())
                .ToList();
            return (rows, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // MiniExcel throws many kinds of exceptions on damaged files; none of them is the person's to read.
            return (null, "无法读取该 Excel 文件，文件可能已损坏。请另存为 .xlsx 后重试。");
        }
    }

    private static string TooLarge => $"文件超过大小限制（{MaxFileBytes / 1024 / 1024} MB）。";

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Excel saves CSV as UTF-8 (with BOM) or, on Chinese Windows, as GBK; both are read.</summary>
    private static string DecodeText(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }
}
