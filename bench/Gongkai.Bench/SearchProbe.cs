using System.Diagnostics;
using Gongkai.Domain.Search;
using Gongkai.Web.Features.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Gongkai.Bench;

/// <summary>Where one query's time goes on a built benchmark index: each part of the plan on its own
/// and the whole search, cold and warm. Usage: Gongkai.Bench search-probe &lt;lucene-dir&gt; &lt;query&gt;
/// [organ|-] [more queries…].</summary>
public static class SearchProbe
{
    public static int Run(string[] args)
    {
        var name = File.ReadAllText(Path.Combine(args[1], "current")).Trim();
        using var reader = DirectoryReader.Open(FSDirectory.Open(Path.Combine(args[1], name)));
        var searcher = new IndexSearcher(reader);
        Console.WriteLine($"segments {reader.Leaves.Count}: {string.Join(",", reader.Leaves.Select(l => l.AtomicReader.MaxDoc))}");
        var request = new SearchRequest { Query = args[2], OrganizationId = args.Length > 3 && args[3] != "-" ? int.Parse(args[3]) : null };
        var plan = SearchQueryBuilder.Build(SearchQuery.Parse(args[2]), request, DateTimeOffset.UtcNow)!;
        var sample = SampleFilter.Of(reader, 16384);
        Console.WriteLine($"text cost {plan.TextCost(reader)}");
        Time("match", plan.Match);
        Time("sample", new ConstantScoreQuery(sample));
        // The sample pass as SampledSearch runs it: the sample leads.
        Time("match+sample", new FilteredQuery(plan.Match, sample, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY));
        var i = 0;
        foreach (var level in plan.Levels ?? [])
        {
            Time("level " + i++, level.Query);
        }

        // The whole search, cold then warm (each page size is a new cache key), for this and any more queries.
        using var store = new SearchIndexStore(args[1], Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchIndexStore>.Instance);
        var index = new SearchIndex(store);
        foreach (var each in args.Skip(4).Select(text => new SearchRequest { Query = text }).Prepend(request))
        {
            for (var k = 0; k < 3; k++)
            {
                var t = Stopwatch.GetTimestamp();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var r = index.Search(each with { PageSize = 20 + k }, DateTimeOffset.UtcNow);
                Console.WriteLine($"search {each.Query}: {Stopwatch.GetElapsedTime(t).TotalMilliseconds:F1} ms, {r.Total} hits, estimated {r.Estimated}, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024} KiB");
            }
        }

        return 0;

        void Time(string label, Query query)
        {
            var best = double.MaxValue;
            var hits = 0;
            for (var k = 0; k < 3; k++)
            {
                var t = Stopwatch.GetTimestamp();
                var c = new TotalHitCountCollector();
                searcher.Search(query, c);
                best = Math.Min(best, Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                hits = c.TotalHits;
            }

            Console.WriteLine($"{label}: {best:F1} ms, {hits} hits");
        }
    }
}
