using Gongkai.Web.Data;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Portal.Topics;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Portal;

/// <summary>What the home page shows, in a handful of small queries (each a top-N read along an
/// index); the page itself is output-cached and evicted by every publication change.</summary>
public sealed class PortalHome(GongkaiDbContext db, TopicService topics, IEnumerable<IPortalEntry> entries, TimeProvider clock)
{
    /// <summary>体裁 that make an item a 通知公告.</summary>
    public static readonly string[] NoticeGenres = ["通知", "公告", "通告"];

    public sealed record Item(int Id, int OrganizationId, string Organ, string Title, DateTimeOffset? PublishedAt);

    public sealed record Interpretation(int PublicationId, string Title);

    public sealed record Document(int Id, string Title, string? Number, string Organ, DateTimeOffset? PublishedAt, List<Interpretation> Interpretations);

    public sealed record View(List<Item> Latest, List<Item> Notices, List<Document> Documents, List<PortalTopic> Topics,
        ILookup<PortalSection, IPortalEntry> Entries);

    public async Task<View> LoadAsync(CancellationToken ct = default)
    {
        // Every query of the page on one connection: each open and close of a pooled SQLite
        // connection takes the pool's lock, which concurrent requests queue on.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await LoadOpenAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<View> LoadOpenAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var visible = db.Set<Publication>().AsNoTracking().VisibleAt(now);
        var latest = await Items(visible, 10).ToListAsync(ct);
        var notices = await Items(NewestOfEachGenre(visible, 8), 8).ToListAsync(ct);
        var docs = await (from d in db.Set<NormativeDocument>().AsNoTracking()
                          join p in visible on d.PublicationId equals p.Id
                          join o in db.Set<Organization>() on d.OrganizationId equals o.Id
                          orderby p.PublishedAt descending, p.Id descending
                          select new { d.Id, p.Title, d.DocumentNumber, o.Name, At = p.PublishedAt ?? p.ScheduledFor }).Take(6).ToListAsync(ct);
        var ids = docs.Select(d => d.Id).ToList();
        var interpretations = ids.Count == 0 ? [] : await (from l in db.Set<InterpretationLink>().AsNoTracking()
                                                           join i in db.Set<PolicyInterpretation>() on l.InterpretationId equals i.Id
                                                           join p in visible on i.PublicationId equals p.Id
                                                           where ids.Contains(l.DocumentId)
                                                           select new { l.DocumentId, p.Id, p.Title }).ToListAsync(ct);
        var documents = docs.Select(d => new Document(d.Id, d.Title, d.DocumentNumber, d.Name, d.At,
            interpretations.Where(i => i.DocumentId == d.Id).Select(i => new Interpretation(i.Id, i.Title)).ToList())).ToList();
        return new View(latest, notices, documents,
            await topics.ListAsync(publishedOnly: true, ct),
            entries.OrderBy(e => e.Order).ThenBy(e => e.Title, StringComparer.Ordinal).ToLookup(e => e.Section));
    }

    // The newest few of each notice genre, as one UNION ALL: each part is a seek on
    // IX_Publication_Genre (Genre, PublishedAt, Id) that stops after `take` rows, and the outer
    // query orders those few. With Genre IN (…) SQLite read and sorted every item of the genres
    // instead (268 ms at 550,000 items). The order stays the database's, as before.
    private static IQueryable<Publication> NewestOfEachGenre(IQueryable<Publication> visible, int take) =>
        NoticeGenres.Select(genre => visible.Where(p => p.Genre == genre).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(take))
            .Aggregate(Queryable.Concat);

    // The newest items first, the organ names joined to those few: joined before the limit, SQLite
    // chose to read every organ's items and sort them all (seconds at 100,000 items).
    private IQueryable<Item> Items(IQueryable<Publication> items, int take) =>
        from p in items.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(take)
        join o in db.Set<Organization>() on p.OrganizationId equals o.Id
        orderby p.PublishedAt descending, p.Id descending
        select new Item(p.Id, p.OrganizationId, o.Name, p.Title, p.PublishedAt ?? p.ScheduledFor);
}
