using System.Net;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.Search;

public sealed class SearchBehaviourTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Full_width_and_half_width_digits_and_letters_find_each_other()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var half = await factory.ItemAsync(orgId, $"{m}关于2020年PDF报送的通知");
        var full = await factory.ItemAsync(orgId, $"{m}关于２０２１年ＯＦＤ报送的通知");
        await factory.IndexedAsync();
        var api = factory.CreateClient();

        Assert.Equal([half], (await api.SearchApiAsync(SearchTestKit.Q($"{m}关于２０２０"))).Ids());
        Assert.Equal([full], (await api.SearchApiAsync(SearchTestKit.Q($"{m}关于2021年ofd"))).Ids());
    }

    [Fact]
    public async Task Exact_title_comes_first_then_title_matches_then_body_matches_newest_first()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var now = factory.Clock.GetUtcNow();
        var olderBody = await factory.ItemAsync(orgId, "关于做好年度工作的通知", body: $"本次涉及{m}有关事项。", publishedAt: now.AddDays(-30));
        var newerBody = await factory.ItemAsync(orgId, "关于开展检查的通知", body: $"请落实{m}要求。", publishedAt: now.AddDays(-1));
        var olderTitle = await factory.ItemAsync(orgId, $"关于{m}的实施方案", publishedAt: now.AddDays(-60));
        var newerTitle = await factory.ItemAsync(orgId, $"{m}工作要点", publishedAt: now.AddDays(-20));
        var exact = await factory.ItemAsync(orgId, m, publishedAt: now.AddDays(-90));
        await factory.IndexedAsync();

        var result = await factory.CreateClient().SearchApiAsync(SearchTestKit.Q(m));
        Assert.Equal([exact, newerTitle, olderTitle, newerBody, olderBody], result.Ids());

        var byDate = await factory.CreateClient().SearchApiAsync(SearchTestKit.Q(m) + "&sort=date");
        Assert.Equal([newerBody, newerTitle, olderBody, olderTitle, exact], byDate.Ids());
    }

    [Fact]
    public async Task An_organs_name_puts_its_platform_first()
    {
        var orgId = await factory.PortalOrganAsync();
        var name = await OrganNameAsync(orgId);
        await factory.ItemAsync(orgId, $"{name}关于{name}工作的通知", body: name);
        await factory.IndexedAsync();

        var first = (await factory.CreateClient().SearchApiAsync(SearchTestKit.Q(name))).GetProperty("items")[0];
        Assert.Equal($"/xxgk/{orgId}", first.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_document_number_in_any_bracket_style_puts_that_document_first()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var other = await factory.ItemAsync(orgId, $"转发江津{m}发〔2025〕7号文件的通知", body: $"江津{m}发〔2025〕7号");
        var target = await factory.ItemAsync(orgId, "关于调整收费项目的通知", documentNumber: $"江津{m}发〔2025〕7号", publishedAt: factory.Clock.GetUtcNow().AddDays(-100));
        await factory.IndexedAsync();
        var api = factory.CreateClient();

        foreach (var query in new[] { $"江津{m}发〔2025〕7号", $"江津{m}发[2025]7号", $"江津{m}发（2025）7号", $"江津{m}发﹝２０２５﹞７号" })
        {
            var ids = (await api.SearchApiAsync(SearchTestKit.Q(query))).Ids();
            Assert.Equal(target, ids[0]);
        }

        Assert.Contains(other, (await api.SearchApiAsync(SearchTestKit.Q($"江津{m}发〔2025〕7号"))).Ids());
    }

    [Fact]
    public async Task Advanced_search_by_document_number_parts_index_number_title_and_dates()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var now = factory.Clock.GetUtcNow();
        var a = await factory.ItemAsync(orgId, $"{m}甲方案", documentNumber: $"津{m}发〔2024〕3号", publishedAt: now.AddDays(-400), indexNumber: $"IDX{m}/2024-00001");
        var b = await factory.ItemAsync(orgId, "乙方案", body: m, documentNumber: $"津{m}发〔2026〕15号", publishedAt: now.AddDays(-3), indexNumber: $"IDX{m}/2026-00002");
        await factory.IndexedAsync();
        var api = factory.CreateClient();
        var prefix = Uri.EscapeDataString($"津{m}发");

        Assert.Equal([b, a], (await api.SearchApiAsync($"docPrefix={prefix}")).Ids());
        Assert.Equal([a], (await api.SearchApiAsync($"docPrefix={prefix}&docYear=2024")).Ids());
        Assert.Equal([b], (await api.SearchApiAsync($"docPrefix={prefix}&docSerial=15")).Ids());
        Assert.Equal([b], (await api.SearchApiAsync("docno=" + Uri.EscapeDataString($"津{m}发[2026]15号"))).Ids());
        Assert.Equal([a], (await api.SearchApiAsync("indexNumber=" + Uri.EscapeDataString($"idx{m}/2024"))).Ids());
        Assert.Equal([a], (await api.SearchApiAsync(SearchTestKit.Q(m) + "&title=1")).Ids());
        Assert.Equal([b], (await api.SearchApiAsync(SearchTestKit.Q(m) + $"&from={now.AddDays(-10):yyyy-MM-dd}")).Ids());
        Assert.Equal([a], (await api.SearchApiAsync(SearchTestKit.Q(m) + $"&to={now.AddDays(-300):yyyy-MM-dd}")).Ids());
        Assert.Equal([a], (await api.SearchApiAsync(SearchTestKit.Q(m) + $"&year={now.AddDays(-400).Year}&org={orgId}")).Ids());
    }

    [Fact]
    public async Task A_scheduled_item_is_found_from_its_time_on_without_reindexing()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.ItemAsync(orgId, $"{m}定时发布", scheduledFor: factory.Clock.GetUtcNow().AddHours(5));
        await factory.IndexedAsync();
        var api = factory.CreateClient();
        Assert.Empty((await api.SearchApiAsync(SearchTestKit.Q(m))).Ids());

        factory.Clock.Advance(TimeSpan.FromHours(6));
        Assert.Equal([id], (await api.SearchApiAsync(SearchTestKit.Q(m))).Ids());
    }

    [Fact]
    public async Task The_api_answers_anonymously_in_the_documented_shape_with_facets()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.ItemAsync(orgId, $"关于{m}的通知", body: $"正文提到{m}。", documentNumber: "江津府办发〔2026〕99号");
        await factory.IndexedAsync();

        var result = await factory.CreateClient().SearchApiAsync(SearchTestKit.Q(m));
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        var item = result.GetProperty("items")[0];
        Assert.Equal(id, item.GetProperty("id").GetInt32());
        Assert.Equal($"关于{m}的通知", item.GetProperty("title").GetString());
        Assert.Equal($"/xxgk/{orgId}/item/{id}", item.GetProperty("url").GetString());
        Assert.Contains(m, item.GetProperty("snippet").GetString());
        Assert.Equal(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd"), item.GetProperty("publishedOn").GetString());
        Assert.Equal(await OrganNameAsync(orgId), item.GetProperty("organization").GetString());
        var facets = result.GetProperty("facets");
        foreach (var name in new[] { "organization", "category", "topic", "genre", "year", "validity" })
        {
            Assert.True(facets.TryGetProperty(name, out _), name);
        }

        Assert.Equal(orgId.ToString(), facets.GetProperty("organization")[0].GetProperty("value").GetString());
        Assert.Equal("有效", facets.GetProperty("validity")[0].GetProperty("label").GetString());
    }

    [Theory]
    [InlineData("title:(a OR")]
    [InlineData("*")]
    [InlineData("?~\\\"")]
    [InlineData("a AND OR NOT (((")]
    [InlineData("[* TO *]")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\u0000\u0001\u001f")]
    [InlineData("%")]
    public async Task Hostile_queries_get_a_page_and_an_api_answer_never_an_error(string query)
    {
        var client = factory.CreateClient();
        var page = await client.GetAsync("/search?" + SearchTestKit.Q(query));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script>alert", await page.Content.ReadAsStringAsync());
        await client.SearchApiAsync(SearchTestKit.Q(query));
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_searched_by_its_start_and_says_so()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/search?" + SearchTestKit.Q(new string('办', 10_000)));
        Assert.Contains("检索词过长", page);
        var api = await client.SearchApiAsync(SearchTestKit.Q(new string('办', 10_000)) + "&page=x&pageSize=100000&year=abc&sort=best&from=yesterday");
        Assert.Contains(api.GetProperty("notices").EnumerateArray(), n => n.GetString()!.Contains("检索词过长"));
        Assert.Contains(api.GetProperty("notices").EnumerateArray(), n => n.GetString()!.Contains("页码"));
    }

    [Fact]
    public async Task The_results_page_highlights_matches_and_offers_facets_sorting_and_paging()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        for (var i = 0; i < 23; i++)
        {
            await factory.ItemAsync(orgId, $"关于{m}第{i}号事项的通知");
        }

        await factory.IndexedAsync();
        var html = await factory.CreateClient().GetStringAsync("/search?" + SearchTestKit.Q(m));
        Assert.Contains($"<mark>{m}</mark>", html);
        Assert.Contains("共找到 <strong>23</strong> 条结果", html);
        Assert.Contains("发布机关", html);
        Assert.Contains("sort=date", html);
        Assert.Contains("page=2", html);
        Assert.Contains("<label for=\"search-q\">", html);
    }

    private async Task<string> OrganNameAsync(int orgId)
    {
        var name = "";
        await factory.WithDbAsync(async db => name = (await db.Set<Gongkai.Web.Features.Organizations.Organization>().FindAsync(orgId))!.Name);
        return name;
    }
}
