using Ganss.Xss;

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
}
