using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.Shared.Paging;

/// <summary>The page links of every paged public list (columns, the normative library, 回应关切, 新闻发布会,
/// 行政执法公示): 首页, 上一页, the pages around this one, 下一页,
/// 尾页 and "第 N / M 页". A link for every page made a column of a thousand pages a thousand links
/// (screens of them on a phone) and was most of the time the page took to render.</summary>
public static class Pager
{
    /// <summary>Pages linked on each side of the current one.</summary>
    public const int Around = 2;

    /// <summary>The page numbers linked by number: the current page and up to <see cref="Around"/> on each side.</summary>
    public static IEnumerable<int> Window(int page, int pageCount)
    {
        var first = Math.Max(1, page - Around);
        var last = Math.Min(pageCount, page + Around);
        return Enumerable.Range(first, Math.Max(0, last - first + 1));
    }

    /// <summary>The pager of page <paramref name="page"/> of <paramref name="pageCount"/>; nothing for a single page.
    /// Written as one string: it is on every uncached list page, and a builder of a dozen parts per link cost more than the list.</summary>
    public static IHtmlContent Render(int page, int pageCount, Func<int, string> url)
    {
        if (pageCount <= 1)
        {
            return HtmlString.Empty;
        }

        var html = new StringBuilder(1024).Append("<nav class=\"pager\" aria-label=\"分页\">");
        if (page > 1)
        {
            Link(html, url(1), "首页", null);
            Link(html, url(page - 1), "上一页", "rel=\"prev\"");
        }

        foreach (var i in Window(page, pageCount))
        {
            Link(html, url(i), i.ToString(CultureInfo.InvariantCulture), i == page ? "aria-current=\"page\"" : null);
        }

        if (page < pageCount)
        {
            Link(html, url(page + 1), "下一页", "rel=\"next\"");
            Link(html, url(pageCount), "尾页", null);
        }

        html.Append(CultureInfo.InvariantCulture, $"<span class=\"pager-position\">第 {page} / {pageCount} 页</span></nav>");
        return new HtmlString(html.ToString());
    }

    /// <summary>One link; <paramref name="text"/> is this class's own (a label or a number), the address is encoded.</summary>
    private static void Link(StringBuilder html, string href, string text, string? attribute)
    {
        html.Append("<a class=\"button secondary\" href=\"").Append(HtmlEncoder.Default.Encode(href)).Append('"');
        if (attribute is not null)
        {
            html.Append(' ').Append(attribute);
        }

        html.Append('>').Append(text).Append("</a>");
    }
}
