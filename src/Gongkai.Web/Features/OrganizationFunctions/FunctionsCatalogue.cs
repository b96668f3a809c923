using Gongkai.Domain.OrganizationFunctions;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>The district 机构职能目录 (seed 一（一）3): every organ's published record, grouped as the
/// directory groups organs (区政府, 区政府部门, 镇街) and in the directory's order within a group.</summary>
public static class FunctionsCatalogue
{
    public sealed record Entry(Organization Organ, OrganizationFunctionsVersion? Record);

    public sealed record Group(string Name, IReadOnlyList<Entry> Entries);

    public static async Task<IReadOnlyList<Group>> LoadAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct))
            .Where(o => OrganizationKinds.HasPlatform(o.Kind)).ToList();
        var records = await db.Set<OrganizationFunctionsVersion>().AsNoTracking()
            .Where(v => v.Status == FunctionsVersionStatus.Published).ToDictionaryAsync(v => v.OrganizationId, ct);
        var entries = organs.Select(o => new Entry(o, records.GetValueOrDefault(o.Id))).ToList();
        return new[]
        {
            new Group("区政府", entries.Where(e => e.Organ.Kind == OrganizationKind.Government).ToList()),
            new Group("区政府部门", entries.Where(e => e.Organ.Kind is OrganizationKind.Department or OrganizationKind.Vertical).ToList()),
            new Group("镇街", entries.Where(e => e.Organ.Kind is OrganizationKind.Town or OrganizationKind.Subdistrict).ToList()),
        }.Where(g => g.Entries.Count > 0).ToList();
    }

    /// <summary>When the catalogue last changed: the latest publication of any record in it.</summary>
    public static DateTimeOffset? UpdatedAt(IReadOnlyList<Group> groups) =>
        groups.SelectMany(g => g.Entries).Select(e => e.Record?.PublishedAt).Max();
}
