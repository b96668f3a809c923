using System.Net;
using System.Xml.Linq;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Publications;

public sealed class PortalFeedTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Organ_atom_feed_lists_public_items_newest_first_with_Chinese_titles_and_absolute_links()
    {
        var orgId = await factory.PortalOrganAsync();
        var now = factory.Clock.GetUtcNow();
        var older = await factory.PublicItemAsync(orgId, "关于2025年部门预算的说明", publishedAt: now.AddDays(-3));
        var newer = await factory.PublicItemAsync(orgId, "关于开展政务公开日活动的通知", publishedAt: now.AddDays(-1));
        await factory.PublicItemAsync(orgId, "尚未到时间的定时信息", scheduledFor: now.AddDays(2));

        var response = await factory.CreateClient().GetAsync($"/xxgk/{orgId}/atom.xml");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(["关于开展政务公开日活动的通知", "关于2025年部门预算的说明"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal($"http://localhost/xxgk/{orgId}/item/{newer}", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Contains(older.ToString(), entries[1].Element(Atom + "id")!.Value);
    }

    [Fact]
    public async Task Column_rss_feed_holds_only_that_columns_items_and_at_most_fifty()
    {
        var orgId = await factory.PortalOrganAsync();
        for (var i = 0; i < 52; i++)
        {
            await factory.PublicItemAsync(orgId, $"预算公开{i}", columnKey: "item-7", publishedAt: factory.Clock.GetUtcNow().AddMinutes(-i));
        }

        await factory.PublicItemAsync(orgId, "招考公告", columnKey: "item-14");
        var rss = XDocument.Parse(await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/item-7/rss.xml"));
        var titles = rss.Root!.Element("channel")!.Elements("item").Select(i => i.Element("title")!.Value).ToList();
        Assert.Equal(50, titles.Count);
        Assert.Equal("预算公开0", titles[0]);
        Assert.DoesNotContain("招考公告", titles);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/xxgk/{orgId}/no-such-column/rss.xml")).StatusCode);
    }

    [Fact]
    public async Task Platform_and_column_pages_link_their_feeds()
    {
        var orgId = await factory.PortalOrganAsync();
        var platform = await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}");
        Assert.Contains($"rel=\"alternate\" type=\"application/atom+xml\"", platform);
        Assert.Contains($"href=\"/xxgk/{orgId}/rss.xml\"", platform);
        var column = await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/item-1");
        Assert.Contains($"href=\"/xxgk/{orgId}/item-1/atom.xml\"", column);
    }

    [Fact]
    public async Task Sitemap_lists_the_portal_platforms_columns_and_public_items_with_lastmod()
    {
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.PublicItemAsync(orgId, "站点地图测试");
        var hidden = await factory.PublicItemAsync(orgId, "定时未到", scheduledFor: factory.Clock.GetUtcNow().AddDays(1));
        var xml = XDocument.Parse(await factory.CreateClient().GetStringAsync("/sitemap.xml"));
        Assert.Equal(Sitemap + "urlset", xml.Root!.Name);
        var urls = xml.Root.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        Assert.Contains("http://localhost/xxgk", urls.Keys);
        Assert.Contains($"http://localhost/xxgk/{orgId}", urls.Keys);
        Assert.Contains($"http://localhost/xxgk/{orgId}/guide", urls.Keys);
        Assert.Contains($"http://localhost/xxgk/{orgId}/item-7", urls.Keys);
        Assert.NotNull(urls[$"http://localhost/xxgk/{orgId}/item/{id}"]);
        Assert.DoesNotContain($"http://localhost/xxgk/{orgId}/item/{hidden}", urls.Keys);
    }
}
