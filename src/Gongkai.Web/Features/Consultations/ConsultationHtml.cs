using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Publications;

namespace Gongkai.Web.Features.Consultations;

/// <summary>The draft's HTML and the comments' text. The draft is sanitised like a publication body
/// and each block (paragraph, heading, list item) gets an anchor id <c>p1</c>, <c>p2</c>, … so a
/// comment can point at one article or paragraph; the ids are fixed in the frozen version. Comments
/// are plain text: any HTML the public sends is reduced to its visible words.</summary>
public sealed class ConsultationHtml(PublicationHtml publicationHtml)
{
    private static readonly string[] Blocks = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"];

    public const int LabelLength = 30;

    /// <summary>Sanitises the draft and numbers its blocks; a plain-text draft (no tags) becomes one
    /// paragraph per line.</summary>
    public string Anchored(string? html)
    {
        var text = html ?? "";
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            text = string.Concat(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
                .Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>"));
        }

        var document = new HtmlParser().ParseDocument("<body>" + publicationHtml.Sanitize(text) + "</body>");
        var n = 0;
        foreach (var element in document.Body!.QuerySelectorAll(string.Join(",", Blocks)))
        {
            // A paragraph inside a list item is anchored with its item, not again.
            if (element.ParentElement?.Closest(string.Join(",", Blocks)) is not null)
            {
                element.RemoveAttribute("id");
                continue;
            }

            element.SetAttribute("id", "p" + (++n).ToString(CultureInfo.InvariantCulture));
        }

        return document.Body.InnerHtml;
    }

    /// <summary>The anchors of a stored version with the start of their text.</summary>
    public static IReadOnlyDictionary<string, string> Anchors(string anchoredHtml)
    {
        var document = new HtmlParser().ParseDocument("<body>" + anchoredHtml + "</body>");
        return document.Body!.QuerySelectorAll("[id]")
            .Where(e => e.Id is { } id && id.StartsWith('p'))
            .ToDictionary(e => e.Id!, e => Label(e.TextContent), StringComparer.Ordinal);
    }

    private static string Label(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length > LabelLength ? t[..LabelLength] + "…" : t;
    }

    /// <summary>The visible words of what the public typed: tags removed, scripts and styles dropped
    /// with their content, whitespace kept to single spaces within lines.</summary>
    public static string PlainText(string? input)
    {
        var text = input ?? "";
        if (text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal))
        {
            var body = new HtmlParser().ParseDocument("<body>" + text.Replace("\n", "<br>", StringComparison.Ordinal) + "</body>").Body!;
            foreach (var dropped in body.QuerySelectorAll("script,style,template,noscript,iframe,object").ToList())
            {
                dropped.Remove();
            }

            foreach (var br in body.QuerySelectorAll("br").ToList())
            {
                br.Replace(body.Owner!.CreateTextNode("\n"));
            }

            text = body.TextContent;
        }

        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines).Trim();
    }
}
