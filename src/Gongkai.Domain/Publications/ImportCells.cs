using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.Domain.Publications;

/// <summary>Reads the cells of a bulk import (Excel or JSON) the way people fill them in: dates as
/// text or as Excel date cells, statutory items by number, plain text bodies. Every failure is a
/// Chinese message naming the column, so a row report can say exactly what to fix.</summary>
public static class ImportCells
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    /// <summary>A date cell: text in <c>yyyy-MM-dd</c> (or the usual Chinese variants), an Excel
    /// date (<see cref="DateTime"/>) or an Excel serial number. Blank is null without error.</summary>
    public static DateOnly? ParseDate(object? cell, string column, out string? error)
    {
        error = null;
        switch (cell)
        {
            case null:
                return null;
            case DateOnly d:
                return d;
            case DateTime dt:
                return DateOnly.FromDateTime(dt);
            case DateTimeOffset dto:
                return DateOnly.FromDateTime(dto.DateTime);
            case double or float or decimal or int or long:
                var serial = Convert.ToDouble(cell, CultureInfo.InvariantCulture);
                // Excel serial days: 1 is 1900-01-01; beyond 2958465 is past year 9999.
                if (serial >= 1 && serial < 2958466 && Math.Abs(serial - Math.Floor(serial)) < 1e-9)
                {
                    return DateOnly.FromDateTime(DateTime.FromOADate(serial));
                }

                error = $"{column}“{Convert.ToString(cell, CultureInfo.InvariantCulture)}”不是日期，应为 yyyy-MM-dd 格式或 Excel 日期单元格。";
                return null;
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            case string s:
                if (DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return parsed;
                }

                error = $"{column}“{Shorten(s.Trim())}”不是有效日期，应为 yyyy-MM-dd 格式，如 2019-03-05。";
                return null;
            default:
                error = $"{column}的单元格类型（{cell.GetType().Name}）不是日期。";
                return null;
        }
    }

    /// <summary>The column key meant by a 栏目 cell: an Art. 20 item number (1–15, also written
    /// 第N项 or with a Chinese numeral), or a column key as it is (item-21-shizheng, guide).</summary>
    public static string CategoryKey(string category)
    {
        var text = category.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 15)
        {
            return $"item-{number}";
        }

        foreach (var item in StatutoryItems.Article20)
        {
            if (text == item.Label || text == item.Label.Replace("第二十条", string.Empty, StringComparison.Ordinal))
            {
                return item.Key;
            }
        }

        return text.ToLowerInvariant();
    }

    /// <summary>Plain text as HTML paragraphs: one paragraph per non-blank line, text encoded.</summary>
    public static string TextToParagraphs(string text)
    {
        var html = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(trimmed)).Append("</p>");
            }
        }

        return html.ToString();
    }

    /// <summary>Cell text for messages, cut so that a pasted essay does not fill the report.</summary>
    public static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
