using System.Text;

namespace Gongkai.Domain.Search;

/// <summary>The one normal form used for both indexed text and queries, so that what a person
/// types matches what a document says however either was keyed: NFKC (full-width letters, digits
/// and punctuation become half-width, ﹝ becomes 〔), lower case, control characters removed and
/// runs of white space collapsed to one space.</summary>
public static class SearchText
{
    /// <summary>The normal form of any text that may contain a 发文字号 (e.g. 江津府办发〔2026〕12号):
    /// normalised, with every year bracket written 〔〕 and no spaces. People and systems write the
    /// brackets as 〔〕, ﹝﹞, [], () or 【】, so any spelling finds the document.</summary>
    public static string NormalizeBrackets(string? text)
    {
        var chars = Normalize(text).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '[' or '(' or '【' or '［' or '（' or '﹝' => '〔',
                ']' or ')' or '】' or '］' or '）' or '﹞' => '〕',
                _ => chars[i],
            };
        }

        return new string(chars).Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var composed = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            // Control and format characters (zero-width space, BOM, bidi marks) carry no text.
            if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    /// <summary>True for the characters of Chinese text (CJK ideographs and their extensions).</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c);
}
