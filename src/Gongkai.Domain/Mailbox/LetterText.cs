using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Mailbox;

/// <summary>A letter is plain text: markup the writer pasted or typed (scripts, styles, tags) is
/// removed before anything is stored, so nothing a writer sends can run in a reader's browser.</summary>
public static partial class LetterText
{
    public const int MaxContentLength = 5000;

    public const int MaxSubjectLength = 100;

    /// <summary>The text without scripts, styles, comments and tags, entities decoded, line ends
    /// normalised and trimmed. <paramref name="hadMarkup"/> says whether anything was removed.</summary>
    public static string Clean(string? text, out bool hadMarkup)
    {
        var s = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var stripped = Dangerous().Replace(s, "");
        stripped = Tag().Replace(stripped, "");
        hadMarkup = stripped.Length != s.Length;
        // Decoded once after the tags are gone, then any tag the decoding produced goes too.
        var decoded = WebUtility.HtmlDecode(stripped);
        var again = Tag().Replace(Dangerous().Replace(decoded, ""), "");
        hadMarkup |= again.Length != decoded.Length;
        return new string(again.Where(c => c == '\n' || !char.IsControl(c)).ToArray()).Trim();
    }

    [GeneratedRegex(@"<\s*(script|style|iframe|object|embed)\b[^>]*>.*?<\s*/\s*\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Dangerous();

    [GeneratedRegex(@"</?[A-Za-z!/][^<>]*>?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tag();
}
