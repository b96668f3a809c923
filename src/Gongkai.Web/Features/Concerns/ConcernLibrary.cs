using Gongkai.Domain.Concerns;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Concerns;

/// <summary>What the public sees of the 回应关切 and 新闻发布会 columns across all organs: public
/// items only (<see cref="PublicItems.VisibleAt"/>), newest first, one query per list.</summary>
public sealed class ConcernLibrary(GongkaiDbContext db, TimeProvider clock)
{
    public sealed record Row(int PublicationId, int OrganizationId, string Organ, string Title, DateTimeOffset? PublishedAt, ConcernDetails Details);

    public async Task<List<Row>> LatestAsync(ConcernColumnKind kind, int skip, int take, CancellationToken ct = default) =>
        (await Query(kind).OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.PublicationId).Skip(skip).Take(take).ToListAsync(ct))
            .Select(r => r with { PublishedAt = r.PublishedAt ?? r.Details.CreatedAt }).ToList();

    public Task<int> CountAsync(ConcernColumnKind kind, CancellationToken ct = default) => Query(kind).CountAsync(ct);

    public async Task<Row?> FindAsync(ConcernColumnKind kind, int publicationId, CancellationToken ct = default) =>
        await Query(kind).FirstOrDefaultAsync(r => r.PublicationId == publicationId, ct);

    private IQueryable<Row> Query(ConcernColumnKind kind)
    {
        var now = clock.GetUtcNow();
        return from d in db.Set<ConcernDetails>().AsNoTracking()
               join p in db.Set<Publication>().VisibleAt(now) on d.PublicationId equals p.Id
               join o in db.Set<Organization>() on p.OrganizationId equals o.Id
               where d.Kind == kind
               select new Row(p.Id, p.OrganizationId, o.Name, p.Title,
                   p.Status == Domain.Publications.PublicationStatus.Scheduled ? p.ScheduledFor : p.PublishedAt, d);
    }
}
