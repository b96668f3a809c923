using Gongkai.Web.Features.Identity;

namespace Gongkai.Web.Features.Consultations;

/// <summary>Who may do what with an organ's consultations and decision catalogue, through the shared
/// <see cref="StaffAccess"/>: the organ's editors open consultations, revise drafts and keep the
/// catalogue; its editors and reviewers screen and answer comments and publish the report.
/// Nobody acts for another organ.</summary>
public sealed class ConsultationAccess(StaffAccess staff)
{
    public string UserName => staff.User.Identity?.Name ?? "未知用户";

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct = default) =>
        staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    public async Task<bool> CanHandleCommentsAsync(int organizationId, CancellationToken ct = default) =>
        await staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct) || await staff.HasRoleAsync(organizationId, BusinessRole.Reviewer, ct);

    public Task<bool> CanViewAsync(int organizationId, CancellationToken ct = default) => staff.CanReadAsync(organizationId, ct);

    public Task<IReadOnlySet<int>?> ReadableOrganizationsAsync(CancellationToken ct = default) => staff.ReadableOrganizationsAsync(ct);
}
