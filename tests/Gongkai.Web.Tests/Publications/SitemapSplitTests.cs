using System.Xml.Linq;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Publications;

public sealed class SitemapSplitTests : IDisposable
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly GongkaiFactory factory = new GongkaiFactory()
        .With("Gongkai:Site:SitemapPageSize", "100")
        .With("Gongkai:Site:BaseUrl", "https://www.jiangjin.gov.cn/");

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Sitemap_over_the_page_size_becomes_an_index_whose_parts_hold_every_url_once()
    {
        var orgId = await factory.PortalOrganAsync();
        var ids = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add(await factory.PublicItemAsync(orgId, $"分页测试{i}"));
        }

        var client = factory.CreateClient();
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value).ToList();
        Assert.True(parts.Count >= 2);
        Assert.Equal("https://www.jiangjin.gov.cn/sitemap-1.xml", parts[0]);

        var all = new List<string>();
        foreach (var part in parts)
        {
            var set = XDocument.Parse(await client.GetStringAsync(new Uri(part).AbsolutePath));
            var locs = set.Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
            Assert.InRange(locs.Count, 1, 100);
            all.AddRange(locs);
        }

        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Contains("https://www.jiangjin.gov.cn/xxgk", all);
        Assert.All(ids, id => Assert.Contains($"https://www.jiangjin.gov.cn/xxgk/{orgId}/item/{id}", all));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{parts.Count + 1}.xml")).StatusCode);
    }
}
