namespace Gongkai.Domain.Search;

/// <summary>What a person typed into the search box, made safe: normalised (<see cref="SearchText"/>),
/// capped in length and split into literal terms. Nothing here is query syntax: <c>title:(a OR</c>
/// is searched for as the characters it consists of.</summary>
public sealed class SearchQuery
{
    public const int MaxLength = 100;
    public const int MaxTerms = 8;

    private SearchQuery(string text, IReadOnlyList<string> terms, string? notice)
    {
        Text = text;
        Terms = terms;
        Notice = notice;
    }

    /// <summary>The normalised query, after the length cap.</summary>
    public string Text { get; }

    /// <summary>Space-separated parts; an item must contain every one.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>A message for the person when the query had to be shortened; null otherwise.</summary>
    public string? Notice { get; }

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? raw)
    {
        var text = SearchText.Normalize(raw);
        string? notice = null;
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            if (char.IsHighSurrogate(text[^1]))
            {
                text = text[..^1];
            }

            text = text.TrimEnd();
            notice = $"检索词过长，仅按前{MaxLength}个字符检索。";
        }

        var terms = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (terms.Count > MaxTerms)
        {
            terms = terms[..MaxTerms];
            text = string.Join(' ', terms);
            notice = $"检索词过多，仅按前{MaxTerms}个词检索。";
        }

        return new SearchQuery(text, terms, notice);
    }
}
