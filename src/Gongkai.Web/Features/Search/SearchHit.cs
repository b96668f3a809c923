using Gongkai.Domain.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>One result: what to show and the highlighted pieces of title and snippet.</summary>
public sealed record SearchHit(
    string Kind,
    int Id,
    string Title,
    string Url,
    string? Organization,
    DateTimeOffset? PublishedAt,
    string? DocumentNumber,
    IReadOnlyList<TextPart> TitleParts,
    IReadOnlyList<TextPart> SnippetParts)
{
    public string Snippet => string.Concat(SnippetParts.Select(p => p.Text)).ReplaceLineEndings(" ");
}
