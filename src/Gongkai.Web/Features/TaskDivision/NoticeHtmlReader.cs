using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Domain.TaskDivision;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Reads a notice saved from the issuing government's web page (.html): the table is the
/// innermost <c>&lt;table&gt;</c> whose rows include a task-table header (pages often wrap their
/// content in layout tables); rowspan and colspan are laid out on the grid; the text before the
/// table is the preamble. Chinese government sites still serve GB2312/GBK, so the charset the page
/// declares is honoured, and bytes that are not UTF-8 are read as GB18030.</summary>
public static partial class NoticeHtmlReader
{
    // A sanity bound for a hostile rowspan/colspan (HTML itself caps rowspan at 65534).
    private const int MaxSpan = 1000;

    static NoticeHtmlReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool LooksLikeHtml(byte[] content, string? fileName)
    {
        if (fileName is not null && (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var head = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 1024)).TrimStart('\uFEFF', '?', ' ', '\r', '\n', '\t').ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }

    public static (NoticeSource? Source, string? Error) Read(byte[] content)
    {
        var document = new HtmlParser().ParseDocument(Decode(content));
        var tables = document.QuerySelectorAll("table").OfType<IHtmlTableElement>().ToList();
        // The innermost table with a header: a layout table around it holds the header only in a descendant.
        foreach (var table in tables.OrderByDescending(t => t.Ancestors<IHtmlTableElement>().Count()))
        {
            var resolved = NoticeGrid.Resolve(Grid(table));
            if (resolved is not { } grid)
            {
                continue;
            }

            var preamble = TextBefore(document.Body, table).Concat(grid.PreambleLines).ToList();
            return (new NoticeSource(preamble, grid.Rows), null);
        }

        var lines = TextBefore(document.Body, null);
        return tables.Count > 0
            ? (null, $"网页中有 {tables.Count} 张表格，但都没有“牵头单位”“责任单位（责任科室）”等表头，不像任务分工表。")
            : (new NoticeSource(lines, []), null);
    }

    private static string Decode(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(content, 3, content.Length - 3);
        }

        var head = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 4096));
        var declared = CharsetPattern().Match(head);
        if (declared.Success)
        {
            try
            {
                var encoding = Encoding.GetEncoding(declared.Groups[1].Value);
                // gb2312 pages routinely hold GBK characters: read them with the superset.
                return (encoding.CodePage is 936 or 20936 ? Encoding.GetEncoding("GB18030") : encoding).GetString(content);
            }
            catch (ArgumentException)
            {
                // An unknown charset name: fall through to the byte test.
            }
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    /// <summary>The table's own rows (not those of tables nested in its cells) on a grid.</summary>
    private static List<IReadOnlyList<string?>> Grid(IHtmlTableElement table)
    {
        var grid = new List<List<string?>>();
        var rows = table.Rows.ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            while (grid.Count <= r)
            {
                grid.Add([]);
            }

            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < grid[r].Count && grid[r][column] is not null)
                {
                    column++;
                }

                var rowSpan = Math.Clamp(cell.RowSpan == 0 ? rows.Count - r : cell.RowSpan, 1, Math.Min(MaxSpan, rows.Count - r));
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                var text = CellText(cell);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    while (grid.Count <= r + dr)
                    {
                        grid.Add([]);
                    }

                    var target = grid[r + dr];
                    while (target.Count < column + colSpan)
                    {
                        target.Add(null);
                    }

                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        // The cell itself; "" for what it covers to the right; a covered marker below.
                        target[column + dc] = dr == 0 ? (dc == 0 ? text : "") : (dc == 0 ? Covered : "");
                    }
                }

                column += colSpan;
            }
        }

        return grid.Select(r => (IReadOnlyList<string?>)r.Select(c => c is null ? "" : ReferenceEquals(c, Covered) ? null : c).ToList()).ToList();
    }

    // Marks a position covered by a rowspan while the grid is built (null means "not yet filled").
    private static readonly string Covered = new('\u0001', 1);

    /// <summary>A cell's text with its paragraphs (p, div, br, li) on separate lines.</summary>
    private static string CellText(IElement cell)
    {
        var text = new StringBuilder();
        AppendText(cell, text, null);
        return string.Join("\n", text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    /// <summary>The lines of the page before <paramref name="stop"/> (or all of it), block by block.</summary>
    private static List<string> TextBefore(IElement? body, IElement? stop)
    {
        var text = new StringBuilder();
        if (body is not null)
        {
            AppendText(body, text, stop);
        }

        return text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    /// <returns>False once <paramref name="stop"/> was reached.</returns>
    private static bool AppendText(INode node, StringBuilder text, IElement? stop)
    {
        foreach (var child in node.ChildNodes)
        {
            if (ReferenceEquals(child, stop))
            {
                return false;
            }

            if (child is IText t)
            {
                text.Append(WhitespacePattern().Replace(t.Data, " "));
                continue;
            }

            if (child is not IElement element || element.LocalName is "script" or "style" or "noscript" or "template")
            {
                continue;
            }

            var block = element.LocalName is "p" or "div" or "br" or "li" or "tr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "section" or "article" or "td" or "th";
            if (block)
            {
                text.Append('\n');
            }

            if (!AppendText(element, text, stop))
            {
                return false;
            }

            if (block)
            {
                text.Append('\n');
            }
        }

        return true;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex WhitespacePattern();
}
