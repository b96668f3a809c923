using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.DisclosureGuides;

/// <summary>A guide part is plain text with paragraphs. Cleaning removes markup and control
/// characters and keeps one paragraph per non-empty line, so the page, the Word file and any later
/// export read the same paragraphs.</summary>
public static partial class GuideText
{
    public const int MaxLength = 20_000;

    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var withoutTags = Tag().Replace(text, string.Empty);
        var kept = new StringBuilder(withoutTags.Length);
        foreach (var c in withoutTags.Replace("\r\n", "\n").Replace('\r', '\n'))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                kept.Append(c == '\t' ? ' ' : c);
            }
        }

        return string.Join("\n", Paragraphs(kept.ToString()));
    }

    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
