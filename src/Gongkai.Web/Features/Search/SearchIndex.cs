using Gongkai.Domain.Search;
using Lucene.Net.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>Querying this node's index: plans a request, answers it exactly or, for a broad query
/// on a large index, from a sample (<see cref="SampledSearch"/>), reads the hits and facets and keeps
/// recent answers per index reader. The directories themselves are <see cref="SearchIndexStore"/>'s.</summary>
public sealed class SearchIndex(SearchIndexStore store)
{
    internal static readonly string[] FacetFields =
        [SearchFields.Organization, SearchFields.Category, SearchFields.Topic, SearchFields.Genre, SearchFields.Year, SearchFields.Validity];

    private const int MaxResultWindow = 10_000;
    private readonly SearchResultCache cache = new(256);

    /// <summary>The directories queried (for the indexer, the admin page and tests).</summary>
    public SearchIndexStore Store => store;

    /// <summary>Above this many hits (estimated from a sample) a query is answered level by level
    /// with estimated counts (<see cref="SampledSearch"/>); an index this small is always searched exactly.</summary>
    internal int ExactLimit { get; set; } = 50_000;

    /// <summary>Documents in the sample that estimates a broad query's counts.</summary>
    internal int SampleSize { get; set; } = 16_384;

    public SearchResult Search(SearchRequest request, DateTimeOffset now)
    {
        var q = SearchQuery.Parse(request.Query);
        var plan = SearchQueryBuilder.Build(q, request, now);
        if (plan is null)
        {
            return SearchResult.Empty(q.Notice);
        }

        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxResultWindow / pageSize);
        var key = request with { Query = q.Text, Page = page, PageSize = pageSize };
        return store.Read(searcher =>
        {
            if (cache.TryGet(searcher.IndexReader, key, now.UtcTicks, out var cached))
            {
                return cached with { Notice = q.Notice };
            }

            var answer = Sampled(searcher, plan, page, pageSize, now) ?? Exact(searcher, plan, request.Sort, page, pageSize);
            var hits = answer.Docs.Select(d => Hit(searcher.Doc(d), q)).ToList();
            var result = new SearchResult(answer.Total, page, pageSize, hits, Facets(answer.Facets), q.Notice) { Estimated = answer.Estimated };
            cache.Put(searcher.IndexReader, key, result, now.UtcTicks);
            return result;
        });
    }

    /// <summary>Every hit read, scored and counted: exact totals and facets.</summary>
    private static Answer Exact(IndexSearcher searcher, SearchPlan plan, SearchSort order, int page, int pageSize)
    {
        // Ties (same tier, same date) fall to the document number, as in the sampled search.
        var sort = order == SearchSort.Date
            ? new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, true))
            : new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Date, SortFieldType.INT64, true));
        var top = TopFieldCollector.Create(sort, page * pageSize, false, false, false, false);
        var facets = new FacetCollector(FacetFields);
        searcher.Search(plan.Match, MultiCollector.Wrap(top, facets));
        var docs = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs.Select(d => d.Doc).ToList();
        return new Answer(docs, top.TotalHits, facets.Totals(), Estimated: false);
    }

    private Answer? Sampled(IndexSearcher searcher, SearchPlan plan, int page, int pageSize, DateTimeOffset now) =>
        SampledSearch.TrySearch(searcher, plan, page * pageSize, ExactLimit, SampleSize, now) is { } outcome
            ? new Answer(outcome.Ranked.Skip((page - 1) * pageSize).ToList(), outcome.Total, outcome.Facets, Estimated: true)
            : null;

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, SearchQuery q)
    {
        var title = doc.Get(SearchFields.Title) ?? string.Empty;
        var body = doc.Get(SearchFields.BodyText) ?? string.Empty;
        var snippet = Snippet.Excerpt(body, q.Terms);
        if (!snippet.Any(p => p.Match))
        {
            var attachment = doc.GetValues(SearchFields.AttachmentText).FirstOrDefault(a => q.Terms.Any(t => Snippet.Contains(a, t)));
            if (attachment is not null)
            {
                snippet = [new TextPart("附件：", false), .. Snippet.Excerpt(attachment, q.Terms)];
            }
        }

        var ticks = doc.GetField(SearchFields.Date)?.GetInt64Value() ?? DateTimeOffset.MinValue.UtcTicks;
        return new SearchHit(
            doc.Get(SearchFields.Kind),
            doc.GetField(SearchFields.Id)?.GetInt32Value() ?? 0,
            title,
            doc.Get(SearchFields.Url),
            doc.Get(SearchFields.OrganizationName),
            ticks == DateTimeOffset.MinValue.UtcTicks ? null : new DateTimeOffset(ticks, TimeSpan.Zero),
            doc.Get(SearchFields.DocumentNumber),
            Snippet.Highlight(title, q.Terms),
            snippet);
    }

    private static Dictionary<string, IReadOnlyList<FacetValue>> Facets(IReadOnlyDictionary<string, Dictionary<string, int>> totals)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var (field, counts) in totals)
        {
            var values = counts.Select(c => field == SearchFields.Organization && c.Key.Split('\u001f') is [var id, var name]
                    ? new FacetValue(id, name, c.Value)
                    : new FacetValue(c.Key, c.Key, c.Value));
            values = field == SearchFields.Year
                ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal);
            result[FacetName(field)] = values.Take(30).ToList();
        }

        return result;
    }

    private static string FacetName(string field) => field switch
    {
        SearchFields.Organization => "organization",
        _ => field,
    };

    /// <summary>A page of hits (index-wide document numbers), the total and the facet counts, exact
    /// or estimated.</summary>
    private sealed record Answer(IReadOnlyList<int> Docs, int Total, IReadOnlyDictionary<string, Dictionary<string, int>> Facets, bool Estimated);
}
