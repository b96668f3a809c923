using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>The answer to a very broad query (one that matches a large share of a large index, such
/// as 工作 or a phrase every notice contains) without reading every hit. The page is exact: the
/// levels of the ranking are read best first, each newest first in date windows that widen from the
/// newest item back, until the page is full. The total and the facet counts are estimated from an
/// even sample of the index (<see cref="SampleFilter"/>) and marked as estimates. A query that the
/// sample shows to be narrow gets the exact search instead.</summary>
internal static class SampledSearch
{
    private static readonly Sort NewestFirst = new(new SortField(SearchFields.Date, SortFieldType.INT64, true));
    private static readonly ConditionalWeakTable<object, StrongBox<long>> MaxDates = [];
    private static readonly long FirstWindow = TimeSpan.TicksPerDay;
    private static readonly long Forever = TimeSpan.TicksPerDay * 365 * 100;

    /// <summary>Fewer sampled hits than this estimate a count too roughly to show.</summary>
    private const int MinSampleHits = 100;

    /// <summary>A level that can have at most this many items is read whole: date windows would
    /// cost more than they save.</summary>
    private const int ReadWhole = 5_000;

    /// <summary>Null when the exact search should answer: the plan has no levels, the index is
    /// small, the text is narrow, or the sample estimates at most <paramref name="exactLimit"/> hits
    /// and too few sampled hits to estimate well. (A filter, say one organ, can leave a few thousand
    /// hits of a phrase that is everywhere; finding them exactly would still mean reading the phrase
    /// across the whole index, so they are estimated too.)</summary>
    public static Outcome? TrySearch(IndexSearcher searcher, SearchPlan plan, int needed, int exactLimit, int sampleSize, DateTimeOffset now)
    {
        var reader = searcher.IndexReader;
        // The text's bigram frequencies bound the hits: no sample is needed to see a narrow query.
        if (plan.Levels is null || reader.NumDocs <= exactLimit || plan.TextCost(reader) <= exactLimit)
        {
            return null;
        }

        var sample = SampleFilter.Of(reader, sampleSize);
        var count = new TotalHitCountCollector();
        var facets = new FacetCollector(SearchIndex.FacetFields);
        searcher.Search(FilterFirst(plan.Match, sample), MultiCollector.Wrap(count, facets));
        var estimate = count.TotalHits * sample.Scale;
        if (estimate <= exactLimit && count.TotalHits < MinSampleHits)
        {
            return null;
        }

        var newest = Math.Min(Math.Min(MaxDate(reader), now.UtcTicks), plan.Latest ?? long.MaxValue);
        var ranked = new List<int>(needed);
        var placed = new HashSet<int>();
        foreach (var level in plan.Levels)
        {
            if (ranked.Count >= needed)
            {
                break;
            }

            var docs = Newest(searcher, level, needed - ranked.Count, placed, newest, plan.Earliest);
            ranked.AddRange(docs);
            // Reaching the next level means this one was read whole: its items rank here, not lower.
            placed.UnionWith(docs);
        }

        var totals = facets.Totals().ToDictionary(
            f => f.Key,
            f => f.Value.ToDictionary(v => v.Key, v => Estimate(v.Value * sample.Scale)));
        return new Outcome(ranked, Math.Max(ranked.Count, Estimate(estimate)), totals);
    }

    /// <summary>Up to <paramref name="wanted"/> items of the level not already placed, newest first:
    /// date windows back from the newest item, a day, then four times as long each time, then the rest.</summary>
    private static List<int> Newest(IndexSearcher searcher, SearchLevel level, int wanted, HashSet<int> placed, long newest, long? earliest)
    {
        var found = new List<int>();
        long? upper = null;
        long? lower = level.Bound(searcher.IndexReader) <= ReadWhole ? null : newest - FirstWindow;
        for (var span = FirstWindow; ; span *= 4)
        {
            var window = lower is null && upper is null ? level.Query
                : FilterFirst(level.Query, NumericRangeFilter.NewInt64Range(SearchFields.Date, lower, upper, true, false));
            var top = TopFieldCollector.Create(NewestFirst, wanted - found.Count, false, false, false, false);
            searcher.Search(window, new Excluding(top, placed));
            found.AddRange(top.GetTopDocs().ScoreDocs.Select(d => d.Doc));
            if (found.Count >= wanted || lower is null)
            {
                return found;
            }

            upper = lower;
            lower = span * 4 > Forever || newest - (span * 4) <= earliest ? null : newest - (span * 4);
        }
    }

    /// <summary>Only the filter's items are read: a broad query left to lead would read the whole index.</summary>
    private static FilteredQuery FilterFirst(Query query, Filter filter) => new(query, filter, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);

    /// <summary>Three significant digits: an estimate should not look like a count.</summary>
    private static int Estimate(double value)
    {
        if (value < 1)
        {
            return value > 0 ? 1 : 0;
        }

        var magnitude = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(value)) - 2));
        return (int)Math.Min(int.MaxValue, Math.Round(value / magnitude) * magnitude);
    }

    /// <summary>The newest date in the reader (each segment's is read once; segments never change).</summary>
    private static long MaxDate(IndexReader reader) => reader.Leaves.Count == 0 ? 0 : reader.Leaves.Max(leaf =>
        MaxDates.GetValue(leaf.AtomicReader.CoreCacheKey, _ =>
        {
            var dates = leaf.AtomicReader.GetNumericDocValues(SearchFields.Date);
            var max = 0L;
            for (var doc = 0; dates is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                max = Math.Max(max, dates.Get(doc));
            }

            return new StrongBox<long>(max);
        }).Value);

    /// <summary>The ranked page candidates (index-wide document numbers, best first), the estimated
    /// total and the estimated facet counts.</summary>
    internal sealed record Outcome(IReadOnlyList<int> Ranked, int Total, IReadOnlyDictionary<string, Dictionary<string, int>> Facets);

    /// <summary>Passes on only the hits not already placed by a better level.</summary>
    private sealed class Excluding(ICollector inner, HashSet<int> placed) : ICollector
    {
        private int docBase;

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void Collect(int doc)
        {
            if (placed.Count == 0 || !placed.Contains(docBase + doc))
            {
                inner.Collect(doc);
            }
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            docBase = context.DocBase;
            inner.SetNextReader(context);
        }
    }
}
