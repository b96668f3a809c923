using System.Globalization;
using System.Text;
using System.Xml;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications.Feeds;

/// <summary>/sitemap.xml: the portal, every organ's platform, every column and every public item.
/// Above <see cref="SiteOptions.SitemapPageSize"/> URLs it becomes a sitemap index of
/// /sitemap-1.xml, /sitemap-2.xml, …: the fixed pages first, then items by id, so the split is stable.</summary>
public static class SitemapEndpoints
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string XmlType = "application/xml; charset=utf-8";

    public static void MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext http, CancellationToken ct) =>
        {
            var (fixedUrls, organs, itemCount) = await CountAsync(http, ct);
            var size = PageSize(http);
            var total = fixedUrls.Count + itemCount;
            if (total <= size)
            {
                return Results.Bytes(UrlSet(http, await PageAsync(http, fixedUrls, organs, 1, size, ct)), XmlType);
            }

            var pages = (total + size - 1) / size;
            return Results.Bytes(Index(http, pages), XmlType);
        }).CacheOutput(PortalCache.PolicyName);

        app.MapGet("/sitemap-{page:int}.xml", async (int page, HttpContext http, CancellationToken ct) =>
        {
            var (fixedUrls, organs, itemCount) = await CountAsync(http, ct);
            var size = PageSize(http);
            var pages = Math.Max(1, (fixedUrls.Count + itemCount + size - 1) / size);
            return page < 1 || page > pages
                ? Results.NotFound()
                : Results.Bytes(UrlSet(http, await PageAsync(http, fixedUrls, organs, page, size, ct)), XmlType);
        }).CacheOutput(PortalCache.PolicyName);
    }

    private static int PageSize(HttpContext http) =>
        Math.Clamp(http.RequestServices.GetRequiredService<IOptions<GongkaiOptions>>().Value.Site.SitemapPageSize, 1, 50_000);

    private static IQueryable<Publication> Items(HttpContext http, GongkaiDbContext db, IEnumerable<int> organs)
    {
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return db.Set<Publication>().AsNoTracking().VisibleAt(now).Where(p => organs.Contains(p.OrganizationId));
    }

    /// <summary>The fixed pages (portal, platforms, columns) and the number of public items.</summary>
    private static async Task<(List<SitemapUrl> Fixed, List<int> Organs, int Items)> CountAsync(HttpContext http, CancellationToken ct)
    {
        var db = http.RequestServices.GetRequiredService<GongkaiDbContext>();
        var organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.Kind }).ToListAsync(ct))
            .Where(o => OrganizationKinds.HasPlatform(o.Kind)).Select(o => o.Id).ToList();
        var columns = await db.Set<PublicationColumn>().AsNoTracking().Where(c => organs.Contains(c.OrganizationId))
            .Select(c => new { c.OrganizationId, c.Key, c.ParentId, c.SortOrder, c.Id }).ToListAsync(ct);
        var urls = new List<SitemapUrl> { new("/xxgk", null) };
        foreach (var orgId in organs)
        {
            urls.Add(new(SiteUrls.Platform(orgId), null));
            urls.AddRange(columns.Where(c => c.OrganizationId == orgId).OrderBy(c => c.ParentId ?? 0).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
                .Select(c => new SitemapUrl(SiteUrls.Column(orgId, c.Key), null)));
        }

        return (urls, organs, await Items(http, db, organs).CountAsync(ct));
    }

    private static async Task<List<SitemapUrl>> PageAsync(HttpContext http, List<SitemapUrl> fixedUrls, List<int> organs, int page, int size, CancellationToken ct)
    {
        var start = (page - 1) * size;
        var result = fixedUrls.Skip(start).Take(size).ToList();
        var room = size - result.Count;
        if (room > 0)
        {
            var db = http.RequestServices.GetRequiredService<GongkaiDbContext>();
            // The fixed URLs come first: skip only the items earlier pages held.
            var skip = Math.Max(0, start - fixedUrls.Count);
            var items = await Items(http, db, organs).OrderBy(p => p.Id).Skip(skip).Take(room)
                .Select(p => new { p.Id, p.OrganizationId, p.PublishedAt, p.ScheduledFor, p.CorrectedAt }).ToListAsync(ct);
            result.AddRange(items.Select(p => new SitemapUrl(SiteUrls.Item(p.OrganizationId, p.Id), p.CorrectedAt ?? p.PublishedAt ?? p.ScheduledFor)));
        }

        return result;
    }

    private static byte[] UrlSet(HttpContext http, List<SitemapUrl> urls)
    {
        var root = SiteUrls.BaseUrl(http);
        return Write(w =>
        {
            w.WriteStartElement("urlset", Ns);
            foreach (var url in urls)
            {
                w.WriteStartElement("url", Ns);
                w.WriteElementString("loc", Ns, root + url.Path);
                if (url.LastModified is { } at)
                {
                    w.WriteElementString("lastmod", Ns, at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
    }

    private static byte[] Index(HttpContext http, int pages)
    {
        var root = SiteUrls.BaseUrl(http);
        return Write(w =>
        {
            w.WriteStartElement("sitemapindex", Ns);
            for (var i = 1; i <= pages; i++)
            {
                w.WriteStartElement("sitemap", Ns);
                w.WriteElementString("loc", Ns, $"{root}/sitemap-{i}.xml");
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
    }

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            body(w);
        }

        return stream.ToArray();
    }
}
