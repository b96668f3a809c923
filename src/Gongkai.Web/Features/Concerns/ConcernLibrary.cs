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

    public Task<List<Row>> LatestAsync(ConcernColumnKind kind, int skip, int take, CancellationToken ct = default) =>
        Project(Query(kind).OrderByDescending(x => x.P.PublishedAt).ThenByDescending(x => x.P.Id).Skip(skip).Take(take)).ToListAsync(ct);

    public Task<int> CountAsync(ConcernColumnKind kind, CancellationToken ct = default) => Query(kind).CountAsync(ct);

    public Task<Row?> FindAsync(ConcernColumnKind kind, int publicationId, CancellationToken ct = default) =>
        Project(Query(kind).Where(x => x.P.Id == publicationId)).FirstOrDefaultAsync(ct);

    /// <summary>Member-initialised (not a constructor), so EF can still order and filter by its parts.</summary>
    private sealed class Joined
    {
        public required ConcernDetails D { get; init; }

        public required Publication P { get; init; }

        public required Organization O { get; init; }
    }

    private IQueryable<Joined> Query(ConcernColumnKind kind)
    {
        var now = clock.GetUtcNow();
        return from d in db.Set<ConcernDetails>().AsNoTracking()
               join p in db.Set<Publication>().VisibleAt(now) on d.PublicationId equals p.Id
               join o in db.Set<Organization>() on p.OrganizationId equals o.Id
               where d.Kind == kind
               select new Joined { D = d, P = p, O = o };
    }

    private static IQueryable<Row> Project(IQueryable<Joined> q) =>
        q.Select(x => new Row(x.P.Id, x.P.OrganizationId, x.O.Name, x.P.Title, x.P.PublishedAt ?? x.P.ScheduledFor, x.D));
}
