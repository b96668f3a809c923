using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>What the staff pages share: the organs the person works for, and their refusal logging.</summary>
public sealed class NormativeStaff(GongkaiDbContext db, PublicationAccess access, OrganizationAdminAccess organAccess)
{
    /// <summary>Organs whose library the person may see (members and supervisors), in register order.</summary>
    public async Task<List<Organization>> OrgansAsync(CancellationToken ct)
    {
        var visible = await access.ViewableOrganizationsAsync(ct);
        return (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct))
            .Where(o => OrganizationKinds.HasPlatform(o.Kind) && (visible is null || visible.Contains(o.Id))).ToList();
    }

    public Task DeniedAsync(int? organizationId, string action, CancellationToken ct) => organAccess.RecordDenialAsync(organizationId, action, ct);
}
