using System.Runtime.CompilerServices;
using Gongkai.Domain.PowerLists;
using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary>Published 办事指南 as search results (kind <c>serviceGuide</c>), found by name, 事项编码,
/// materials or conditions; a withdrawn guide leaves the index.</summary>
public sealed class ServiceGuideSearchSource : ISearchSource
{
    public const string SourceKind = "serviceGuide";
    public const string Category = "办事指南";
    private const int BatchSize = 500;

    public string Kind => SourceKind;

    public bool Watches(object entity) => entity is ServiceGuide or Organization;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        switch (entry.Entity)
        {
            case ServiceGuide guide:
                yield return new SearchChangeKey(SourceKind, guide.Id, Gone: state == EntityState.Deleted);
                break;
            case Organization o when state == EntityState.Modified && entry.Property(nameof(Organization.Name)).IsModified:
                yield return new SearchChangeKey(SourceKind, -o.Id);
                break;
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var keys = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        var ids = keys.Where(k => k > 0).ToList();
        var organs = keys.Where(k => k < 0).Select(k => -k).ToList();
        return keys.Count == 0 ? [] : await LoadWhereAsync(db, db.Set<ServiceGuide>().Where(g => ids.Contains(g.Id) || organs.Contains(g.OrganizationId)), ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var after = 0; ;)
        {
            var from = after;
            var ids = await db.Set<ServiceGuide>().Where(g => g.Id > from).OrderBy(g => g.Id).Select(g => g.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                yield break;
            }

            yield return await LoadWhereAsync(db, db.Set<ServiceGuide>().Where(g => ids.Contains(g.Id)), ct);
            after = ids[^1];
        }
    }

    private static async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<ServiceGuide> guides, CancellationToken ct)
    {
        var rows = await guides.AsNoTracking().Include(g => g.Materials).Where(g => g.Status == ServiceGuideStatus.Published)
            .Join(db.Set<Organization>().Where(o => o.IsActive), g => g.OrganizationId, o => o.Id, (g, o) => new { Guide = g, Organ = o.Name, o.Kind })
            .ToListAsync(ct);
        return rows.Where(r => OrganKinds.HasPlatform(r.Kind)).Select(r =>
        {
            var g = r.Guide;
            return new SearchDocument
            {
                Kind = SourceKind,
                Id = g.Id,
                Title = g.Name,
                Url = ServiceGuideUrls.Guide(g.Id),
                Body = string.Join('\n', new[] { g.Code, g.Implementer, g.Conditions, g.Result, g.Location }
                    .Concat(g.Materials.OrderBy(m => m.Position).Select(m => m.Name)).Where(s => !string.IsNullOrEmpty(s))),
                ExactNames = g.Code is { Length: > 0 } code ? [code] : [],
                OrganizationId = g.OrganizationId,
                OrganizationName = r.Organ,
                Category = Category,
                Genre = g.Type is { } t ? PowerTypes.Name(t) : null,
                Topic = g.Theme is { } theme ? ServiceGuideNames.Theme(theme) : null,
                PublishedAt = g.PublishedAt,
            };
        }).ToList();
    }
}
