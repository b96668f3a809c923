using System.Runtime.CompilerServices;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Feeds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.Search;

/// <summary>Each organ's disclosure platform as a search result, so that typing an organ's name
/// (current, short or former) leads to its page first.</summary>
public sealed class OrganizationSearchSource : ISearchSource
{
    public const string SourceKind = "organization";

    public string Kind => SourceKind;

    public bool Watches(object entity) => entity is Organization or OrganizationFormerName;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state) => entry.Entity switch
    {
        Organization o => [new SearchChangeKey(SourceKind, o.Id)],
        OrganizationFormerName f => [new SearchChangeKey(SourceKind, f.OrganizationId)],
        _ => [],
    };

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var ids = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await LoadWhereAsync(db, db.Set<Organization>().Where(o => ids.Contains(o.Id)), ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return await LoadWhereAsync(db, db.Set<Organization>(), ct);
    }

    private static async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<Organization> organs, CancellationToken ct)
    {
        var list = await organs.AsNoTracking().Include(o => o.FormerNames).Where(o => o.IsActive).ToListAsync(ct);
        return list.Where(o => OrganizationKinds.HasPlatform(o.Kind)).Select(o => new SearchDocument
        {
            Kind = SourceKind,
            Id = o.Id,
            Title = o.Name + "政府信息公开",
            Url = SiteUrls.Platform(o.Id),
            Body = string.Join('\n', new[] { o.Name, o.OfficeName, o.OfficeAddress }.Where(s => !string.IsNullOrWhiteSpace(s))),
            ExactNames = [o.Name, o.ShortName, .. o.FormerNames.Select(f => f.Name)],
            OrganizationId = o.Id,
            OrganizationName = o.Name,
            Category = "机关信息公开平台",
        }).ToList();
    }
}
