using System.Text.RegularExpressions;

namespace Gongkai.Domain.Search;

/// <summary>发文字号 (e.g. 江津府办发〔2026〕12号) as search sees it. People and systems write the year
/// brackets as 〔〕, ﹝﹞, [], () or 【】; all become 〔〕 so any spelling finds the document.</summary>
public sealed partial record DocumentNumber(string Prefix, int Year, int Number)
{
    public string Text => $"{Prefix}〔{Year}〕{Number}号";

    /// <summary>The normal form of any text that may contain a 发文字号: normalised and with every
    /// year bracket written 〔〕.</summary>
    public static string NormalizeBrackets(string? text)
    {
        var normalized = SearchText.Normalize(text);
        var chars = normalized.ToCharArray();
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

    /// <summary>Parses a complete 发文字号; null when the text is not one.</summary>
    public static DocumentNumber? TryParse(string? text)
    {
        var match = Pattern().Match(NormalizeBrackets(text));
        if (!match.Success || !int.TryParse(match.Groups["year"].Value, out var year) || !int.TryParse(match.Groups["number"].Value, out var number))
        {
            return null;
        }

        return new DocumentNumber(match.Groups["prefix"].Value, year, number);
    }

    [GeneratedRegex(@"^(?<prefix>[^〔〕]{1,40})〔(?<year>(19|20)\d\d)〕第?(?<number>\d{1,6})号$")]
    private static partial Regex Pattern();
}
