using Gongkai.Bench;
using Gongkai.Domain.Search;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Web.Tests.Search;

/// <summary>A very broad query on a large index is answered level by level with estimated counts
/// (<see cref="SampledSearch"/>). What a person sees must not change: the same items in the same
/// order on every page as the exact search, whatever the sort and filters; only the counts may be
/// estimates, and they must be close and marked as such. Two indexes of the same items, one that
/// always counts exactly and one that treats almost every query as broad, must agree.</summary>
public sealed class SampledSearchTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly string root = Path.Combine(Path.GetTempPath(), "gongkai-sampled-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<SearchDocument> documents = Generate(4000);
    private readonly SearchIndex exact;
    private readonly SearchIndex sampled;
    private readonly List<SearchIndexStore> stores = [];

    public SampledSearchTests()
    {
        exact = Build("exact");
        exact.ExactLimit = int.MaxValue;
        sampled = Build("sampled");
        sampled.ExactLimit = 100;
        sampled.SampleSize = 2048;
    }

    [Fact]
    public void Broad_queries_show_the_same_items_in_the_same_order_with_close_estimated_counts()
    {
        var queries = new[] { "工作", "政务公开", "本通知", "关于印发", "的通知", "专款专用", "同步", "江津区", "附件清单", "政务公开工作要点", "江津府办发〔2023〕7号" };
        var estimated = 0;
        foreach (var text in queries)
        {
            foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date })
            {
                foreach (var (org, year) in new (int?, int?)[] { (null, null), (3, null), (null, 2023) })
                {
                    foreach (var page in new[] { 1, 2, 7 })
                    {
                        var request = new SearchRequest { Query = text, Sort = sort, OrganizationId = org, Year = year, Page = page };
                        var expected = exact.Search(request, Now);
                        var actual = sampled.Search(request, Now);
                        var what = $"{text} sort={sort} org={org} year={year} page={page}";
                        Assert.False(expected.Estimated, what);
                        Assert.Equal(Keys(expected), Keys(actual));
                        if (actual.Estimated)
                        {
                            estimated++;
                            Assert.InRange(actual.Total, expected.Total * 0.75, expected.Total * 1.25);
                        }
                        else
                        {
                            Assert.Equal(expected.Total, actual.Total);
                        }
                    }
                }
            }
        }

        Assert.True(estimated > 50, $"only {estimated} answers took the sampled path");
    }

    [Fact]
    public void Narrow_queries_are_counted_exactly_and_broad_ones_say_their_counts_are_estimates()
    {
        var narrow = sampled.Search(new SearchRequest { Query = "附件清单第13号" }, Now);
        Assert.False(narrow.Estimated);
        Assert.Equal(1, narrow.Total);

        var broad = sampled.Search(new SearchRequest { Query = "工作" }, Now);
        Assert.True(broad.Estimated);
        Assert.NotEmpty(broad.Facets["organization"]);
        Assert.NotEmpty(broad.Facets["year"]);
        // The estimate is rounded to three significant digits, so it does not pass for a count.
        Assert.Equal(0, broad.Total % 10);
    }

    [Fact]
    public void The_exact_title_and_the_document_number_still_come_first_when_the_query_is_broad()
    {
        var byTitle = sampled.Search(new SearchRequest { Query = "政务公开工作要点" }, Now);
        Assert.Equal("政务公开工作要点", byTitle.Hits[0].Title);

        var byNumber = sampled.Search(new SearchRequest { Query = "江津府办发〔2023〕7号" }, Now);
        Assert.Equal("江津府办发〔2023〕7号", byNumber.Hits[0].DocumentNumber);
    }

    public void Dispose()
    {
        stores.ForEach(s => s.Dispose());
        Directory.Delete(root, recursive: true);
    }

    private static List<string> Keys(SearchResult result) => result.Hits.Select(h => $"{h.Kind}:{h.Id}").ToList();

    private SearchIndex Build(string name)
    {
        var store = new SearchIndexStore(Path.Combine(root, name), NullLogger<SearchIndexStore>.Instance);
        stores.Add(store);
        var build = store.BeginBuild();
        // One at a time, in publication order, as the feed adds them: the same document numbers in
        // both indexes and in every run.
        foreach (var d in documents)
        {
            SearchIndexStore.Add(build, [d]);
        }

        store.CompleteBuild(build, 0);
        return new SearchIndex(store);
    }

    /// <summary>Government text over six years, every item at its own minute; some with attachments,
    /// document numbers or an exact title, a few scheduled for later (hidden from both).</summary>
    private static List<SearchDocument> Generate(int count)
    {
        var text = new GovernmentText(1127);
        var start = new DateTimeOffset(2020, 1, 6, 2, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(1, count).Select(i =>
        {
            var publishedAt = start.AddMinutes((long)i * 3_000_000 / count);
            var org = text.Next(12) + 1;
            return new SearchDocument
            {
                Kind = PublicationSearchSource.SourceKind,
                Id = i,
                Title = i % 97 == 0 ? "政务公开工作要点" : text.Title(i),
                Url = $"/xxgk/{org}/item/{i}",
                Body = HtmlText.Of(text.Body()),
                Attachments = i % 13 == 0 ? [$"附件清单第{i}号"] : [],
                DocumentNumber = i % 7 == 0 ? $"江津府办发〔{publishedAt.Year}〕{i % 50}号" : null,
                ExactNames = i % 7 == 0 ? [$"江津府办发〔{publishedAt.Year}〕{i % 50}号"] : [],
                OrganizationId = org,
                OrganizationName = $"第{org}机关",
                Category = i % 2 == 0 ? "政策文件" : "工作动态",
                PublishedAt = i % 401 == 0 ? Now.AddDays(3) : publishedAt,
                VisibleFrom = i % 401 == 0 ? Now.AddDays(3) : null,
            };
        }).ToList();
    }
}
