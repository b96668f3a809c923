using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Identity;

/// <summary>Answers the organ pages' questions about staff roles (<see cref="IOrganizationStaff"/>)
/// from <see cref="StaffAccess"/> and the memberships.</summary>
public sealed class OrganizationStaff(StaffAccess access, GongkaiDbContext db) : IOrganizationStaff
{
    public bool IsSystemAdmin => access.IsSystemAdmin;

    public Task<bool> IsOrganizationAdminAsync(int organizationId, CancellationToken ct = default) =>
        access.HasRoleAsync(organizationId, BusinessRole.OrganizationAdmin, ct);

    public async Task<IReadOnlySet<int>> AdministeredOrganizationsAsync(CancellationToken ct = default) =>
        (await access.MembershipsAsync(ct)).Where(m => m.Role == BusinessRole.OrganizationAdmin).Select(m => m.OrganizationId).ToHashSet();

    public Task<int> RoleCountAsync(int organizationId, CancellationToken ct = default) =>
        db.Set<StaffMembership>().CountAsync(m => m.OrganizationId == organizationId, ct);
}
