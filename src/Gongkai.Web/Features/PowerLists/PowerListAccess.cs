using Gongkai.Web.Features.Identity;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>Who may do what with an organ's 权责清单, through the shared <see cref="StaffAccess"/>:
/// the organ's editors submit imports and adjustments, its reviewers approve them, as with
/// publications. Nobody touches another organ's list.</summary>
public sealed class PowerListAccess(StaffAccess staff)
{
    public string UserName => staff.User.Identity?.Name ?? "未知用户";

    public Guid? UserId => staff.UserId;

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct = default) =>
        staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    public Task<bool> CanReviewAsync(int organizationId, CancellationToken ct = default) =>
        staff.HasRoleAsync(organizationId, BusinessRole.Reviewer, ct);

    public Task<bool> CanViewAsync(int organizationId, CancellationToken ct = default) => staff.CanReadAsync(organizationId, ct);
}
