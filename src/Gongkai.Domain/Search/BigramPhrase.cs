namespace Gongkai.Domain.Search;

/// <summary>How text is cut into the overlapping two-character tokens of the recall fields, and
/// how a query term becomes a phrase of them. Because every adjacent pair of characters is a token,
/// a term of two or more characters occurs in a text exactly when its pairs occur at consecutive
/// positions: search by these phrases equals a plain substring scan, whatever a word segmenter
/// would have made of either.</summary>
public static class BigramPhrase
{
    /// <summary>The tokens of normalised text: the pair starting at each position, and the last
    /// character alone (so that a one-character query finds a character at the very end).</summary>
    public static IEnumerable<string> Tokens(string normalized)
    {
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            yield return normalized.Substring(i, 2);
        }

        if (normalized.Length > 0)
        {
            yield return normalized[^1..];
        }
    }

    /// <summary>The fewest pairs (with their offsets) that cover a term of two or more characters:
    /// every other pair, plus the last. Checking all overlapping pairs would test the same thing
    /// with more postings to read.</summary>
    public static IReadOnlyList<(string Bigram, int Offset)> Cover(string term)
    {
        if (term.Length < 2)
        {
            throw new ArgumentException("A phrase needs at least two characters.", nameof(term));
        }

        var result = new List<(string, int)>();
        for (var i = 0; i + 1 < term.Length; i += 2)
        {
            result.Add((term.Substring(i, 2), i));
        }

        if (term.Length % 2 == 1)
        {
            result.Add((term.Substring(term.Length - 2, 2), term.Length - 2));
        }

        return result;
    }
}
