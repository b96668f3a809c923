using System.Globalization;
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

    /// <summary>The pager of page <paramref name="page"/> of <paramref name="pageCount"/>; nothing for a single page.</summary>
    public static IHtmlContent Render(int page, int pageCount, Func<int, string> url)
    {
        if (pageCount <= 1)
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml("<nav class=\"pager\" aria-label=\"分页\">");
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

        html.AppendHtml("<span class=\"pager-position\">第 ").Append(page.ToString(CultureInfo.InvariantCulture))
            .AppendHtml(" / ").Append(pageCount.ToString(CultureInfo.InvariantCulture)).AppendHtml(" 页</span></nav>");
        return html;
    }

    private static void Link(HtmlContentBuilder html, string href, string text, string? attribute) =>
        html.AppendHtml("<a class=\"button secondary\" href=\"").AppendHtml(HtmlEncoder.Default.Encode(href)).AppendHtml("\"")
            .AppendHtml(attribute is null ? "" : " " + attribute).AppendHtml(">").Append(text).AppendHtml("</a>");
}
