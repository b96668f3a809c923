using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Related;

/// <summary>Links between items. An editor of an item's organ links it to any published item
/// (by 索引号), which may be another organ's: an interpretation often comes from the drafting
/// department. The public sees a link only while both items are public.</summary>
public sealed class RelatedItems(GongkaiDbContext db, PublicationAccess access, AuditTrail audit, PortalCache cache, TimeProvider clock)
{
    public sealed record Link(int RelationId, int Id, int OrganizationId, string Title, string? IndexNumber, DateTimeOffset? PublishedAt);

    /// <summary>The items linked to <paramref name="publicationId"/>, in either direction; only public
    /// ones unless <paramref name="includeUnpublished"/>.</summary>
    public async Task<List<Link>> ListAsync(int publicationId, bool includeUnpublished, CancellationToken ct = default)
    {
        var relations = await db.Set<PublicationRelation>().AsNoTracking()
            .Where(r => r.PublicationId == publicationId || r.RelatedId == publicationId)
            .Select(r => new { r.Id, r.PublicationId, r.RelatedId }).ToListAsync(ct);
        if (relations.Count == 0)
        {
            // Most items have no links: no second statement (the item page runs this on every read).
            return [];
        }

        var others = relations.ToDictionary(r => r.PublicationId == publicationId ? r.RelatedId : r.PublicationId, r => r.Id);
        var items = includeUnpublished ? db.Set<Publication>().AsNoTracking() : db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow());
        var found = await items.Where(p => others.Keys.Contains(p.Id))
            .Select(p => new { p.Id, p.OrganizationId, p.Title, p.IndexNumber, p.PublishedAt }).ToListAsync(ct);
        return found.Select(p => new Link(others[p.Id], p.Id, p.OrganizationId, p.Title, p.IndexNumber, p.PublishedAt))
            .OrderByDescending(l => l.PublishedAt).ToList();
    }

    /// <summary>Links the item to the published item with the given 索引号; returns the problem, or null.</summary>
    public async Task<string?> AddAsync(Publication p, string? indexNumber, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(p.OrganizationId, ct);
        var wanted = indexNumber?.Trim() ?? "";
        if (wanted.Length == 0)
        {
            return "请填写相关信息的索引号。";
        }

        var other = await db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow())
            .Where(x => x.IndexNumber == wanted).Select(x => new { x.Id, x.OrganizationId, x.Title }).FirstOrDefaultAsync(ct);
        if (other is null)
        {
            return $"没有索引号为“{wanted}”的已发布信息。";
        }

        if (other.Id == p.Id)
        {
            return "不能把信息关联到它自己。";
        }

        if (await db.Set<PublicationRelation>().AnyAsync(r => (r.PublicationId == p.Id && r.RelatedId == other.Id) || (r.PublicationId == other.Id && r.RelatedId == p.Id), ct))
        {
            return "这两条信息已经关联。";
        }

        db.Add(new PublicationRelation { PublicationId = p.Id, RelatedId = other.Id, CreatedAt = clock.GetUtcNow(), CreatedBy = access.UserId!.Value });
        audit.Record("publication.relatedAdded", targetType: PublicationService.TargetType, targetId: p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after: new { related = other.Id, indexNumber = wanted, other.Title }, organizationId: p.OrganizationId);
        await db.SaveChangesAsync(ct);
        await EvictAsync(p.OrganizationId, other.OrganizationId, ct);
        return null;
    }

    public async Task RemoveAsync(Publication p, int relationId, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(p.OrganizationId, ct);
        var relation = await db.Set<PublicationRelation>()
            .FirstOrDefaultAsync(r => r.Id == relationId && (r.PublicationId == p.Id || r.RelatedId == p.Id), ct);
        if (relation is null)
        {
            return;
        }

        var otherId = relation.PublicationId == p.Id ? relation.RelatedId : relation.PublicationId;
        var otherOrgan = await db.Set<Publication>().Where(x => x.Id == otherId).Select(x => x.OrganizationId).FirstAsync(ct);
        db.Remove(relation);
        audit.Record("publication.relatedRemoved", targetType: PublicationService.TargetType, targetId: p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            before: new { related = otherId }, organizationId: p.OrganizationId);
        await db.SaveChangesAsync(ct);
        await EvictAsync(p.OrganizationId, otherOrgan, ct);
    }

    private async Task EvictAsync(int first, int second, CancellationToken ct)
    {
        await cache.PublicationChangedAsync(first, ct);
        if (second != first)
        {
            await cache.PublicationChangedAsync(second, ct);
        }
    }
}
