using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.Search;

/// <summary>When a query is so broad that its counts are estimated, the person and the API are told
/// so. (This class's index treats every query as broad; on a real index that takes 50,000 hits.)</summary>
public sealed class SearchEstimateTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task An_estimated_count_says_so_on_the_page_and_in_the_api_and_the_items_are_all_there()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var ids = new List<int>();
        for (var i = 0; i < 23; i++)
        {
            ids.Add(await factory.ItemAsync(orgId, $"关于{m}第{i}号事项的通知", publishedAt: factory.Clock.GetUtcNow().AddDays(-i)));
        }

        await factory.IndexedAsync();
        factory.Index().ExactLimit = 0;
        var client = factory.CreateClient();

        var api = await client.SearchApiAsync(SearchTestKit.Q(m) + "&pageSize=10");
        Assert.True(api.GetProperty("totalIsEstimate").GetBoolean());
        Assert.Equal(23, api.GetProperty("total").GetInt32());
        Assert.Equal(ids.Take(10), api.Ids());
        var last = await client.SearchApiAsync(SearchTestKit.Q(m) + "&pageSize=10&page=3");
        Assert.Equal(ids.Skip(20), last.Ids());

        var html = await client.GetStringAsync("/search?" + SearchTestKit.Q(m));
        Assert.Contains("约有 <strong>23</strong> 条结果", html);
    }
}
