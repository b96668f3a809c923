using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Features.Search;

/// <summary>The readable text of sanitised body HTML: tags removed (block ends become line breaks, so
/// words of two paragraphs do not run together), entities decoded.</summary>
public static partial class HtmlText
{
    public static string Of(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, string.Empty);
        return WebUtility.HtmlDecode(text).Trim();
    }

    [GeneratedRegex(@"</(p|div|li|tr|h[1-6]|td|th|table|ul|ol|blockquote)\s*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
