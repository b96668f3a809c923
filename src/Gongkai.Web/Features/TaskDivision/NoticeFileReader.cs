using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.TaskDivision;
using Gongkai.Domain.Uploads;
using MiniExcelLibs;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Reads an uploaded notice into preamble and table rows: plain text as Word or a web page
/// copies it, a web page saved as .html (<see cref="NoticeHtmlReader"/>), a .docx (the first table
/// with a task-table header, merged cells laid out on the grid; paragraphs before it are the
/// preamble), or an .xlsx (rows above the header are the preamble). The file is untrusted: anything
/// a reader chokes on becomes a Chinese message.</summary>
public static class NoticeFileReader
{
    public const int MaxFileBytes = 10 * 1024 * 1024;

    public static (NoticeSource? Source, string? Error) Read(byte[] content, string? fileName)
    {
        if (content.Length == 0)
        {
            return (null, "文件是空的：没有找到任何文字或表格。");
        }

        if (content.Length > MaxFileBytes)
        {
            return (null, $"文件过大（{content.Length / 1024 / 1024} MB），不能超过 {MaxFileBytes / 1024 / 1024} MB。");
        }

        var isZip = content.Length > 4 && content[0] == 'P' && content[1] == 'K';
        if (!isZip && NoticeHtmlReader.LooksLikeHtml(content, fileName))
        {
            return NoticeHtmlReader.Read(content);
        }

        if (!isZip)
        {
            if (fileName?.EndsWith(".doc", StringComparison.OrdinalIgnoreCase) == true || fileName?.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) == true)
            {
                return (null, "不支持旧版 Office 文件（.doc/.xls），请另存为 .docx 或 .xlsx 后再导入。");
            }

            try
            {
                var text = new UTF8Encoding(false, true).GetString(content);
                return (NoticeTextReader.Read(text.TrimStart('\uFEFF')), null);
            }
            catch (DecoderFallbackException)
            {
                return (null, "文件既不是 Word（.docx）、Excel（.xlsx），也不是 UTF-8 文本，无法读取。");
            }
        }

        // Before any reader: a small upload must not expand into gigabytes.
        if (PackageGuard.CheckZip(new MemoryStream(content, writable: false), PackageLimits.DomReader, "Word/Excel 文件") is { } refusal)
        {
            return (null, refusal);
        }

        try
        {
            using var probe = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (probe.GetEntry("word/document.xml") is not null)
            {
                return ReadWord(content);
            }

            if (probe.GetEntry("xl/workbook.xml") is not null)
            {
                return ReadExcel(content);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or OpenXmlPackageException or InvalidOperationException)
        {
            return (null, "文件已损坏或不是有效的 Word/Excel 文件，无法读取。");
        }

        return (null, "压缩文件既不是 Word（.docx）也不是 Excel（.xlsx），无法读取。");
    }

    private static (NoticeSource?, string?) ReadWord(byte[] content)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(content), false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return (null, "Word 文件没有正文。");
        }

        var preamble = new List<string>();
        var rows = new List<NoticeRow>();
        var tables = 0;
        foreach (var element in body.ChildElements)
        {
            if (element is Paragraph p && rows.Count == 0)
            {
                preamble.Add(p.InnerText.Trim());
            }
            else if (element is Table table && rows.Count == 0)
            {
                tables++;
                if (NoticeGrid.Resolve(WordGrid(table)) is not { } grid)
                {
                    continue;
                }

                preamble.AddRange(grid.PreambleLines);
                rows.AddRange(grid.Rows);
            }
        }

        if (rows.Count == 0 && tables > 0)
        {
            return (null, $"Word 文件中有 {tables} 张表格，但都没有“牵头单位”“责任单位（责任科室）”等表头，不像任务分工表。");
        }

        return (new NoticeSource(preamble.Where(l => l.Length > 0).ToList(), rows), null);
    }

    /// <summary>A Word table on its grid. A .doc converted to .docx keeps Word's merges: a cell
    /// merged across columns has gridSpan (the columns it covers become empty cells), one merged down
    /// has vMerge (the cells below are covered: null), and a row may skip leading grid columns
    /// (gridBefore). A cell's paragraphs are read wherever they sit (content controls, nested tables).</summary>
    private static List<IReadOnlyList<string?>> WordGrid(Table table)
    {
        var grid = new List<IReadOnlyList<string?>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string?>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            cells.AddRange(Enumerable.Repeat<string?>("", Math.Clamp(before, 0, 63)));
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, 63);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells.Add(continues ? null : string.Join("\n", cell.Descendants<Paragraph>().Select(x => x.InnerText.Trim()).Where(x => x.Length > 0)));
                cells.AddRange(Enumerable.Repeat<string?>("", span - 1));
            }

            grid.Add(cells);
        }

        return grid;
    }

    private static (NoticeSource?, string?) ReadExcel(byte[] content)
    {
        var sheetRows = new MemoryStream(content).Query(useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "").ToList())
            .ToList();
        var header = sheetRows.FindIndex(r => TaskDivisionParser.IsHeaderRow(r));
        if (header < 0)
        {
            return (new NoticeSource([], sheetRows.Select((r, i) => new NoticeRow(i + 1, i + 1, r)).ToList()), null);
        }

        // Stray cells right of the header would shift the unit columns, which are counted from the right.
        var width = sheetRows[header].FindLastIndex(c => c.Length > 0) + 1;
        var preamble = sheetRows.Take(header).Select(r => string.Concat(r)).Where(l => l.Length > 0).ToList();
        var rows = sheetRows.Skip(header)
            .Select((r, i) => new NoticeRow(i + 1, header + i + 1, r.Take(width).Concat(Enumerable.Repeat("", Math.Max(0, width - r.Count))).ToList()))
            .ToList();
        return (new NoticeSource(preamble, rows), null);
    }
}
