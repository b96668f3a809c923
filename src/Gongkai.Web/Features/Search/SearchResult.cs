namespace Gongkai.Web.Features.Search;

public sealed record SearchResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? Notice)
{
    /// <summary>The total and the facet counts are estimates (a very broad query; the hits are exact).</summary>
    public bool Estimated { get; init; }

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResult Empty(string? notice) => new(0, 1, 20, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), notice);
}
