using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Privacy;

/// <summary>The attribute values of an HTML fragment that reach a reader although they are not text
/// between tags: <c>title</c> (shown as a tooltip), <c>alt</c> and <c>aria-label</c> (read aloud,
/// shown when an image fails), and the address of <c>mailto:</c> and <c>tel:</c> links (shown by the
/// browser, copied by anyone). Values are entity- and URL-decoded; positions are those of the raw
/// value in the source.</summary>
public static partial class HtmlAttributeText
{
    public readonly record struct Attribute(string Name, int Start, int Length, string Value);

    public static IEnumerable<Attribute> Readable(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (Match m in AttributePattern().Matches(html))
        {
            var name = m.Groups["name"].Value.ToLowerInvariant();
            var raw = m.Groups["dq"].Success ? m.Groups["dq"] : m.Groups["sq"].Success ? m.Groups["sq"] : m.Groups["bare"];
            var value = WebUtility.HtmlDecode(raw.Value);
            if (name == "href")
            {
                var trimmed = value.Trim();
                var scheme = trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? 7
                    : trimmed.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? 4
                    : trimmed.StartsWith("sms:", StringComparison.OrdinalIgnoreCase) ? 4 : -1;
                if (scheme < 0)
                {
                    continue;
                }

                value = Uri.UnescapeDataString(trimmed[scheme..].Split('?')[0]);
            }

            if (value.Length > 0)
            {
                yield return new Attribute(name, raw.Index, raw.Length, value);
            }
        }
    }

    // Inside a tag only: the attribute must follow "<tag" and other attributes.
    [GeneratedRegex("""(?<=<[A-Za-z][^<>]*?\s)(?<name>title|alt|aria-label|href)\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s"'=<>`]+))""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();
}
