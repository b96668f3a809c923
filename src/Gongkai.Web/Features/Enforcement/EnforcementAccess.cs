using Gongkai.Web.Features.Identity;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>Who may do what with an organ's enforcement decisions, through the shared
/// <see cref="StaffAccess"/>: the organ's editors enter and import them, its reviewers publish and
/// withdraw them (as with publications). Nobody touches another organ's decisions.</summary>
public sealed class EnforcementAccess(StaffAccess staff)
{
    public string UserName => staff.User.Identity?.Name ?? "未知用户";

    public bool IsStaff => staff.User.Identity?.IsAuthenticated == true;

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct = default) =>
        staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    public Task<bool> CanPublishAsync(int organizationId, CancellationToken ct = default) =>
        staff.HasRoleAsync(organizationId, BusinessRole.Reviewer, ct);

    public Task<IReadOnlySet<int>?> ReadableOrganizationsAsync(CancellationToken ct = default) => staff.ReadableOrganizationsAsync(ct);
}
