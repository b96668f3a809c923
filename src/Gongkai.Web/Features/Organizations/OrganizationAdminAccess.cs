using Gongkai.Web.Features.Audit;

namespace Gongkai.Web.Features.Organizations;

/// <summary>The one place that decides who may read and change which organ's admin data. Pages
/// ask here and answer 403 themselves; buttons are hidden only as a courtesy on top of this.</summary>
public sealed class OrganizationAdminAccess(IOrganizationStaff staff, AuditTrail audit)
{
    public bool CanManageAll => staff.IsSystemAdmin;

    public async Task<OrganizationEditScope> ScopeAsync(int organizationId, CancellationToken ct = default) =>
        staff.IsSystemAdmin ? OrganizationEditScope.Everything
        : await staff.IsOrganizationAdminAsync(organizationId, ct) ? OrganizationEditScope.ContactAndLeader
        : OrganizationEditScope.None;

    /// <summary>The organs whose admin page the person may open; null means all.</summary>
    public async Task<IReadOnlySet<int>?> VisibleAsync(CancellationToken ct = default) =>
        staff.IsSystemAdmin ? null : await staff.AdministeredOrganizationsAsync(ct);

    /// <summary>How many staff roles are held in the organ.</summary>
    public Task<int> RoleCountAsync(int organizationId, CancellationToken ct = default) => staff.RoleCountAsync(organizationId, ct);

    /// <summary>A refused attempt is itself worth recording: it is how probing shows up in the log.</summary>
    public Task RecordDenialAsync(int? organizationId, string action, CancellationToken ct = default) =>
        audit.WriteAsync("organization.denied", success: false, targetType: nameof(Organization),
            targetId: organizationId?.ToString(System.Globalization.CultureInfo.InvariantCulture), detail: action, ct: ct);
}
