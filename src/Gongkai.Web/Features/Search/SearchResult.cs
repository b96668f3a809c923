namespace Gongkai.Web.Features.Search;

public sealed record SearchResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? Notice)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResult Empty(string? notice) => new(0, 1, 20, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), notice);
}
