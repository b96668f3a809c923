using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

/// <summary>What a reader of the 政府信息公开 platform gets beyond one item: the directory of
/// organs, a column's paging and date order, an item's print view; and the rule that a 索引号 once
/// issued is never issued again.</summary>
public sealed class PortalPagesTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Home_page_leads_to_a_directory_grouped_as_district_government_departments_and_towns()
    {
        var home = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/"));
        Assert.NotNull(home.QuerySelector("main a[href='/xxgk']"));

        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/xxgk"));
        var groups = doc.QuerySelectorAll("section.organ-group").ToDictionary(
            s => s.QuerySelector("h2")!.TextContent.Trim(), s => s.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ToList());
        Assert.Equal(["区政府", "区政府部门", "镇街"], groups.Keys.ToList());
        Assert.Equal(["重庆市江津区人民政府"], groups["区政府"]);
        Assert.Contains("重庆市江津区教育委员会", groups["区政府部门"]);
        Assert.Equal(30, groups["镇街"].Count(n => n.EndsWith("镇人民政府") || n.EndsWith("街道办事处")));
        // Party bodies have no disclosure platform of their own.
        Assert.DoesNotContain(groups.Values.SelectMany(v => v), n => n.StartsWith("中共"));
    }

    [Fact]
    public async Task A_column_lists_twenty_a_page_newest_first_and_oldest_first_on_request()
    {
        var orgId = await factory.PortalOrganAsync();
        var start = factory.Clock.GetUtcNow().AddDays(-30);
        for (var i = 1; i <= 25; i++)
        {
            await factory.PublicItemAsync(orgId, $"分页测试第{i:D2}条", publishedAt: start.AddDays(i));
        }

        var client = factory.CreateClient();
        var first = await TitlesAsync(client, $"/xxgk/{orgId}/item-1");
        Assert.Equal(20, first.Count);
        Assert.Equal("分页测试第25条", first[0]);
        Assert.Equal("分页测试第06条", first[^1]);
        Assert.Equal(["分页测试第05条", "分页测试第04条", "分页测试第03条", "分页测试第02条", "分页测试第01条"], await TitlesAsync(client, $"/xxgk/{orgId}/item-1?page=2"));

        var oldest = await TitlesAsync(client, $"/xxgk/{orgId}/item-1?sort=asc");
        Assert.Equal("分页测试第01条", oldest[0]);
        Assert.Equal("分页测试第20条", oldest[^1]);
        // A page past the end shows the last page rather than an empty list.
        Assert.Equal(5, (await TitlesAsync(client, $"/xxgk/{orgId}/item-1?page=99")).Count);
    }

    [Fact]
    public async Task A_long_column_links_its_first_and_last_page_and_the_pages_around_the_current_one()
    {
        var orgId = await OrganWithItemsAsync(141, i => $"长栏目第{i:D3}条");

        var client = factory.CreateClient();
        var fourth = new HtmlParser().ParseDocument(await client.GetStringAsync($"/xxgk/{orgId}/item-1?page=4"));
        var links = fourth.QuerySelectorAll("nav.pager a").ToList();
        Assert.Equal(["首页", "上一页", "2", "3", "4", "5", "6", "下一页", "尾页"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal($"/xxgk/{orgId}/item-1?page=8&sort=desc", links[^1].GetAttribute("href"));
        Assert.Equal("4", fourth.QuerySelector("nav.pager a[aria-current=page]")!.TextContent.Trim());
        Assert.Equal("第 4 / 8 页", fourth.QuerySelector("nav.pager .pager-position")!.TextContent.Trim());

        var first = new HtmlParser().ParseDocument(await client.GetStringAsync($"/xxgk/{orgId}/item-1?sort=asc"));
        Assert.Equal(["1", "2", "3", "下一页", "尾页"], first.QuerySelectorAll("nav.pager a").Select(a => a.TextContent.Trim()));
        Assert.Equal($"/xxgk/{orgId}/item-1?page=2&sort=asc", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Every_page_of_a_column_lists_its_own_twenty_items_in_order_whichever_end_it_is_read_from()
    {
        // Pages in the far half of a column are read from the other end and turned round: each page,
        // both orders, must hold exactly its slice, the short last page included.
        var orgId = await OrganWithItemsAsync(45, i => $"分页测试第{i:D2}条");
        var client = factory.CreateClient();
        Task<List<string>> PageAsync(string query) => TitlesAsync(client, $"/xxgk/{orgId}/item-1?{query}");
        static List<string> Titles(params int[] numbers) => numbers.Select(n => $"分页测试第{n:D2}条").ToList();

        Assert.Equal(Titles([.. Enumerable.Range(26, 20).Reverse()]), await PageAsync("page=1"));
        Assert.Equal(Titles([.. Enumerable.Range(6, 20).Reverse()]), await PageAsync("page=2"));
        Assert.Equal(Titles(5, 4, 3, 2, 1), await PageAsync("page=3"));
        Assert.Equal(Titles([.. Enumerable.Range(1, 20)]), await PageAsync("page=1&sort=asc"));
        Assert.Equal(Titles([.. Enumerable.Range(21, 20)]), await PageAsync("page=2&sort=asc"));
        Assert.Equal(Titles(41, 42, 43, 44, 45), await PageAsync("page=3&sort=asc"));
    }

    [Fact]
    public async Task An_item_has_a_print_view_without_the_site_navigation_but_with_its_metadata_and_body()
    {
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.PublicItemAsync(orgId, "可打印的通知");
        var client = factory.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/xxgk/{orgId}/item/{id}"));
        Assert.Equal($"/xxgk/{orgId}/item/{id}?view=print", page.QuerySelector("a.print-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("nav.site-nav"));

        // Asked after the normal page was cached: the print view must not be served the cached page.
        var print = new HtmlParser().ParseDocument(await client.GetStringAsync($"/xxgk/{orgId}/item/{id}?view=print"));
        Assert.Null(print.QuerySelector("nav.site-nav"));
        Assert.Null(print.QuerySelector("footer"));
        Assert.Null(print.QuerySelector("a.print-link"));
        Assert.Contains("索引号", print.QuerySelector("#publication-meta")!.TextContent);
        Assert.Equal("可打印的通知", print.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("正文", print.QuerySelector(".publication-body")!.TextContent);
        Assert.Equal("zh-CN", print.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_items_page_shows_its_catalogue_record_as_stored()
    {
        // The item page reads the row with its own SQL (outside EF Core): each field must come out
        // as EF stored it, on either database — dates, times, enums, nullable text.
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.PublicItemAsync(orgId, "目录字段核对", publishedAt: new DateTimeOffset(2026, 3, 1, 17, 30, 0, TimeSpan.Zero));
        await factory.WithDbAsync(async db =>
        {
            var p = await db.Set<Publication>().SingleAsync(x => x.Id == id);
            p.DocumentNumber = "江津府办发〔2026〕7号";
            p.Topic = "综合政务";
            p.Genre = "通知";
            p.Validity = PublicationValidity.Amended;
            p.SignedOn = new DateOnly(2026, 2, 27);
            p.CorrectedAt = new DateTimeOffset(2026, 3, 4, 1, 0, 0, TimeSpan.Zero);
            p.RevisionNote = "更正了附件名称";
            await db.SaveChangesAsync();
        });

        var page = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/item/{id}"));
        var cells = page.QuerySelectorAll("#publication-meta td").Select(td => td.TextContent.Trim()).ToList();
        string? index = null, organ = null;
        await factory.WithDbAsync(async db =>
        {
            index = await db.Set<Publication>().Where(x => x.Id == id).Select(x => x.IndexNumber).SingleAsync();
            organ = await db.Set<Organization>().Where(o => o.Id == orgId).Select(o => o.Name).SingleAsync();
        });
        Assert.Equal([index!, "江津府办发〔2026〕7号", "综合政务", "通知", organ!, "已修改", "2026-02-27", "2026-03-02", "目录字段核对"], cells);
        Assert.Equal("目录字段核对的概述", page.QuerySelector(".publication-summary")!.TextContent.Trim());
        // Shown in China's time: 01:00 UTC on the 4th is 09:00 on the 4th; 17:30 UTC on the 1st is the 2nd.
        Assert.Contains("本信息已于 2026-03-04 更正。更正了附件名称", page.QuerySelector(".revision-note")!.TextContent);
    }

    [Fact]
    public async Task A_withdrawn_items_index_number_stays_with_it_and_is_never_issued_again()
    {
        var orgId = await factory.OrganAsync(stages: 1);
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        var first = await editor.CreateDraftAsync(orgId, "先发布后撤回");
        await editor.PublishAsync(first, reviewer);
        var firstNumber = await IndexNumberOfAsync(first);
        await reviewer.ActAsync(first, "Withdraw", new() { ["Comment"] = "内容有误，撤回。" }).ExpectRedirectAsync();

        var second = await editor.CreateDraftAsync(orgId, "撤回之后发布");
        await editor.PublishAsync(second, reviewer);

        Assert.Equal(firstNumber, await IndexNumberOfAsync(first));
        var a = IndexNumber.Parse(firstNumber);
        var b = IndexNumber.Parse(await IndexNumberOfAsync(second));
        Assert.Equal((a.OrganCode, a.Year, a.Serial + 1), (b.OrganCode, b.Year, b.Serial));
    }

    private async Task<string> IndexNumberOfAsync(int id)
    {
        string? number = null;
        await factory.WithDbAsync(async db => number = (await db.Set<Publication>().SingleAsync(p => p.Id == id)).IndexNumber);
        return number!;
    }

    /// <summary>A new organ whose column item-1 holds <paramref name="count"/> public items, published in order.</summary>
    private async Task<int> OrganWithItemsAsync(int count, Func<int, string> title)
    {
        var orgId = await factory.PortalOrganAsync();
        for (var i = 1; i <= count; i++)
        {
            await factory.PublicItemAsync(orgId, title(i));
        }

        return orgId;
    }

    private static async Task<List<string>> TitlesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return doc.QuerySelectorAll("main a[href*='/item/']").Select(a => a.TextContent.Trim()).Where(t => t.StartsWith("分页测试")).ToList();
    }
}
