using Gongkai.Web.Features.Identity;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary>Who may do what with an organ's guides, through the shared <see cref="StaffAccess"/>:
/// the organ's editors write, submit and withdraw them, its reviewers approve, return and withdraw.
/// Nobody touches another organ's guides.</summary>
public sealed class ServiceGuideAccess(StaffAccess staff)
{
    public string UserName => staff.User.Identity?.Name ?? "未知用户";

    public bool IsSystemAdmin => staff.IsSystemAdmin;

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct = default) =>
        staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    public Task<bool> CanReviewAsync(int organizationId, CancellationToken ct = default) =>
        staff.HasRoleAsync(organizationId, BusinessRole.Reviewer, ct);

    public Task<bool> CanViewAsync(int organizationId, CancellationToken ct = default) => staff.CanReadAsync(organizationId, ct);

    public Task<IReadOnlySet<int>?> ReadableOrganizationsAsync(CancellationToken ct = default) => staff.ReadableOrganizationsAsync(ct);
}
