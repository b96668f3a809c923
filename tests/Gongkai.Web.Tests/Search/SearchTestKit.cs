using Gongkai.Web.Features.Search;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Search;

public static class SearchTestKit
{
    /// <summary>Waits until every change saved so far is searchable (the indexer is asynchronous).</summary>
    public static async Task IndexedAsync(this GongkaiFactory factory)
    {
        await using var scope = factory.Scope();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        Assert.True(await indexer.WaitUntilCurrentAsync(TimeSpan.FromSeconds(30)), "the search index did not catch up with the change feed");
    }

    public static SearchIndex Index(this GongkaiFactory factory)
    {
        factory.Scope().Dispose();
        return factory.Services.GetRequiredService<SearchIndex>();
    }

    /// <summary>Every matching item id of a kind, across all pages.</summary>
    public static HashSet<int> AllIds(this GongkaiFactory factory, string query, string kind = PublicationSearchSource.SourceKind, bool titleOnly = false)
    {
        var index = factory.Index();
        var ids = new HashSet<int>();
        for (var page = 1; ; page++)
        {
            var result = index.Search(new SearchRequest { Query = query, Page = page, PageSize = SearchRequest.MaxPageSize, TitleOnly = titleOnly }, factory.Clock.GetUtcNow());
            ids.UnionWith(result.Hits.Where(h => h.Kind == kind).Select(h => h.Id));
            if (page >= result.PageCount)
            {
                return ids;
            }
        }
    }
}
