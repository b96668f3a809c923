using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications.Portal;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Feeds;

/// <summary>Atom and RSS feeds of an organ's platform and of each column: the newest
/// <see cref="Size"/> items the public may see now (<see cref="PublicItems"/>), so a withdrawn
/// item leaves the feed with the same request that hides its page.</summary>
public static class FeedEndpoints
{
    public const int Size = 50;

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/xxgk/{orgId:int}/atom.xml", (int orgId, HttpContext http, CancellationToken ct) => FeedAsync(http, orgId, null, atom: true, ct)).CacheOutput(PortalCache.PolicyName);
        app.MapGet("/xxgk/{orgId:int}/rss.xml", (int orgId, HttpContext http, CancellationToken ct) => FeedAsync(http, orgId, null, atom: false, ct)).CacheOutput(PortalCache.PolicyName);
        app.MapGet("/xxgk/{orgId:int}/{columnKey}/atom.xml", (int orgId, string columnKey, HttpContext http, CancellationToken ct) => FeedAsync(http, orgId, columnKey, atom: true, ct)).CacheOutput(PortalCache.PolicyName);
        app.MapGet("/xxgk/{orgId:int}/{columnKey}/rss.xml", (int orgId, string columnKey, HttpContext http, CancellationToken ct) => FeedAsync(http, orgId, columnKey, atom: false, ct)).CacheOutput(PortalCache.PolicyName);
    }

    public static string AtomPath(int orgId, string? columnKey = null) => columnKey is null ? $"/xxgk/{orgId}/atom.xml" : $"/xxgk/{orgId}/{columnKey}/atom.xml";

    public static string RssPath(int orgId, string? columnKey = null) => columnKey is null ? $"/xxgk/{orgId}/rss.xml" : $"/xxgk/{orgId}/{columnKey}/rss.xml";

    private static async Task<IResult> FeedAsync(HttpContext http, int orgId, string? columnKey, bool atom, CancellationToken ct)
    {
        var services = http.RequestServices;
        var db = services.GetRequiredService<GongkaiDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (await PortalOrgan.FindAsync(services.GetRequiredService<ColumnTree>(), orgId, ct) is not { } found)
        {
            return Results.NotFound();
        }

        var (organ, columns) = found;
        var query = db.Set<Publication>().AsNoTracking().VisibleAt(now).Where(p => p.OrganizationId == orgId);
        var title = $"{organ.Name}政府信息公开";
        var page = SiteUrls.Platform(orgId);
        if (columnKey is not null)
        {
            if (columns.FirstOrDefault(c => c.Key == columnKey) is not { } column)
            {
                return Results.NotFound();
            }

            var ids = columns.Where(c => c.Id == column.Id || c.ParentId == column.Id).Select(c => c.Id).ToList();
            query = query.Where(p => ids.Contains(p.ColumnId));
            title = $"{organ.Name} - {column.Title}";
            page = SiteUrls.Column(orgId, columnKey);
        }

        var rows = await query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(Size)
            .Select(p => new { p.Id, p.Title, p.Summary, p.IndexNumber, p.PublishedAt, p.ScheduledFor, p.CorrectedAt })
            .ToListAsync(ct);
        var root = SiteUrls.BaseUrl(http);
        var entries = rows.Select(r =>
        {
            var published = r.PublishedAt ?? r.ScheduledFor ?? now;
            return new FeedEntry(r.Title, root + SiteUrls.Item(orgId, r.Id), r.Summary, r.IndexNumber, published, r.CorrectedAt ?? published);
        }).ToList();

        return atom
            ? Results.Bytes(FeedWriter.Atom(title, root + AtomPath(orgId, columnKey), root + page, organ.Name, now, entries), FeedWriter.AtomType)
            : Results.Bytes(FeedWriter.Rss(title, root + RssPath(orgId, columnKey), root + page, $"{title}（最新{Size}条）", now, entries), FeedWriter.RssType);
    }
}
