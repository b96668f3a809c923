using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;

namespace Gongkai.Web.Features.Organizations;

/// <summary>The one place that decides who may read and change which organ's admin data. Pages
/// ask here and answer 403 themselves; buttons are hidden only as a courtesy on top of this.</summary>
public sealed class OrganizationAdminAccess(StaffAccess access, AuditTrail audit)
{
    public bool CanManageAll => access.IsSystemAdmin;

    public async Task<OrganizationEditScope> ScopeAsync(int organizationId, CancellationToken ct = default) =>
        access.IsSystemAdmin ? OrganizationEditScope.Everything
        : await access.HasRoleAsync(organizationId, BusinessRole.OrganizationAdmin, ct) ? OrganizationEditScope.ContactAndLeader
        : OrganizationEditScope.None;

    /// <summary>The organs whose admin page the person may open; null means all.</summary>
    public async Task<IReadOnlySet<int>?> VisibleAsync(CancellationToken ct = default) =>
        access.IsSystemAdmin ? null
        : (await access.MembershipsAsync(ct)).Where(m => m.Role == BusinessRole.OrganizationAdmin).Select(m => m.OrganizationId).ToHashSet();

    /// <summary>A refused attempt is itself worth recording: it is how probing shows up in the log.</summary>
    public Task RecordDenialAsync(int? organizationId, string action, CancellationToken ct = default) =>
        audit.WriteAsync("organization.denied", success: false, targetType: nameof(Organization),
            targetId: organizationId?.ToString(System.Globalization.CultureInfo.InvariantCulture), detail: action, ct: ct);
}
