using System.Runtime.CompilerServices;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Feeds;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>Each organ's 政府信息公开指南 as a search result (one per organ, so its id is the organ's),
/// so that a person asking "怎么申请公开" finds the guide that answers it.</summary>
public sealed class DisclosureGuideSearchSource : ISearchSource
{
    public const string SourceKind = "guide";
    public const string Category = "政府信息公开指南";

    public string Kind => SourceKind;

    public bool Watches(object entity) => entity is DisclosureGuide or Organization;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        switch (entry.Entity)
        {
            case DisclosureGuide g:
                yield return new SearchChangeKey(SourceKind, g.OrganizationId, Gone: state == EntityState.Deleted);
                break;
            case Organization o when state == EntityState.Modified:
                // The title and organ facet show the organ's name; a closed organ's guide leaves search.
                if (entry.Property(nameof(Organization.Name)).IsModified || entry.Property(nameof(Organization.IsActive)).IsModified
                    || entry.Property(nameof(Organization.Kind)).IsModified)
                {
                    yield return new SearchChangeKey(SourceKind, o.Id);
                }

                break;
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var ids = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await LoadWhereAsync(db, db.Set<DisclosureGuide>().Where(g => ids.Contains(g.OrganizationId)), ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        // One guide per organ: a few hundred rows at most, one batch.
        yield return await LoadWhereAsync(db, db.Set<DisclosureGuide>(), ct);
    }

    private static async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<DisclosureGuide> guides, CancellationToken ct)
    {
        var rows = await guides.AsNoTracking()
            .Join(db.Set<Organization>().Where(o => o.IsActive), g => g.OrganizationId, o => o.Id, (g, o) => new { Guide = g, Organ = o.Name, o.Kind })
            .ToListAsync(ct);
        return rows.Where(r => OrganKinds.HasPlatform(r.Kind)).Select(r => new SearchDocument
        {
            Kind = SourceKind,
            Id = r.Guide.OrganizationId,
            Title = r.Organ + Category,
            Url = SiteUrls.Column(r.Guide.OrganizationId, ColumnKeys.Guide),
            Body = string.Join('\n', r.Guide.Parts.Select(p => p.Heading + "\n" + p.Text)),
            OrganizationId = r.Guide.OrganizationId,
            OrganizationName = r.Organ,
            Category = Category,
            PublishedAt = r.Guide.UpdatedAt,
        }).ToList();
    }
}
