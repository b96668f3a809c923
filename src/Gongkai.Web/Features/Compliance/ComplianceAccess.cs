using Gongkai.Web.Features.Identity;

namespace Gongkai.Web.Features.Compliance;

/// <summary>Who sees which rows of the overview, through the shared <see cref="StaffAccess"/>: the
/// district office (supervisors) and the system administrator see every organ; anyone else the
/// organs they work for, and nothing else.</summary>
public sealed class ComplianceAccess(StaffAccess staff)
{
    /// <summary>The organs whose rows the person may see; null means all.</summary>
    public Task<IReadOnlySet<int>?> VisibleOrganizationsAsync(CancellationToken ct = default) => staff.ReadableOrganizationsAsync(ct);

    public Task<bool> CanSeeAsync(int organizationId, CancellationToken ct = default) => staff.CanReadAsync(organizationId, ct);
}
