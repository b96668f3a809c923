using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Gongkai.Domain.Privacy;

namespace Gongkai.Web.Features.Publications;

/// <summary>Sanitises item bodies before they are stored (DESIGN.md: never render user HTML
/// unsanitised). Scripts, event handlers, styles and unsafe URLs go; headings, paragraphs, lists,
/// tables, links and images stay. The Content-Security-Policy forbids inline styles anyway.</summary>
public sealed class PublicationHtml
{
    private readonly HtmlSanitizer sanitizer;

    public PublicationHtml()
    {
        sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedSchemes.Add("mailto");
    }

    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? string.Empty : sanitizer.Sanitize(html).Trim();

    /// <summary>One-click masking: every text node of the (sanitised) body goes through
    /// <see cref="PersonalInformationMasker.MaskAll(string, IEnumerable{string})"/>, so tags and
    /// attributes stay as they were. A number split across tags (<c>138<b>0013</b>8000</c>) is not
    /// masked here; the check still reports it.</summary>
    public string MaskPersonalInformation(string html, IReadOnlyCollection<string> allowList)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var masker = new PersonalInformationMasker();
        var document = new HtmlParser().ParseDocument(html);
        var body = document.Body!;
        foreach (var node in Descendants(body).OfType<IText>())
        {
            var masked = masker.MaskAll(node.Data, allowList);
            if (!string.Equals(masked, node.Data, StringComparison.Ordinal))
            {
                node.Data = masked;
            }
        }

        // Attributes a reader sees too (title, alt, aria-label, mailto:/tel: targets).
        foreach (var element in body.QuerySelectorAll("*"))
        {
            foreach (var name in (string[])["title", "alt", "aria-label"])
            {
                if (element.GetAttribute(name) is { Length: > 0 } value && masker.MaskAll(value, allowList) is var maskedValue && maskedValue != value)
                {
                    element.SetAttribute(name, maskedValue);
                }
            }

            if (element.GetAttribute("href") is { } href && (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("sms:", StringComparison.OrdinalIgnoreCase)))
            {
                var target = Uri.UnescapeDataString(href[(href.IndexOf(':') + 1)..].Split('?')[0]);
                if (masker.MaskAll(target, allowList) != target)
                {
                    // A masked address is no address: the link goes, its (masked) text stays.
                    element.RemoveAttribute("href");
                }
            }
        }

        return Sanitize(body.InnerHtml);
    }

    private static IEnumerable<INode> Descendants(INode node)
    {
        foreach (var child in node.ChildNodes.ToList())
        {
            yield return child;
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
