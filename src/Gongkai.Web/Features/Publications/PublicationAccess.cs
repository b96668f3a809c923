using Gongkai.Web.Features.Identity;

namespace Gongkai.Web.Features.Publications;

/// <summary>The one place that decides who may do what with publications. An editor of an organ
/// drafts its items; a reviewer of the organ reviews and withdraws them; members and supervisors
/// may read its drafts; nobody else learns that they exist.</summary>
public sealed class PublicationAccess(StaffAccess staff)
{
    public Guid? UserId => staff.UserId;

    public string UserName => staff.User.Identity?.Name ?? "未知用户";

    public Task<bool> CanViewAsync(int organizationId, CancellationToken ct = default) => staff.CanReadAsync(organizationId, ct);

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct = default) =>
        staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    public Task<bool> CanReviewAsync(int organizationId, CancellationToken ct = default) =>
        staff.HasRoleAsync(organizationId, BusinessRole.Reviewer, ct);

    /// <summary>Bulk import puts items straight onto the public platform without review, so it is
    /// for the organ's own administrator (its back catalogue) or the system administrator (any organ).</summary>
    public Task<bool> CanImportAsync(int organizationId, CancellationToken ct = default) => staff.CanAdministerAsync(organizationId, ct);

    /// <summary>Whether the person may import into at least one organ (to see the import page at all).</summary>
    public async Task<bool> MayImportAnywhereAsync(CancellationToken ct = default) =>
        staff.IsSystemAdmin || (await staff.MembershipsAsync(ct)).Any(m => m.Role == BusinessRole.OrganizationAdmin);

    /// <summary>Organs whose items the person may see; null means all.</summary>
    public Task<IReadOnlySet<int>?> ViewableOrganizationsAsync(CancellationToken ct = default) => staff.ReadableOrganizationsAsync(ct);

    public async Task<IReadOnlyList<int>> OrganizationsWithRoleAsync(BusinessRole role, IEnumerable<int> candidates, CancellationToken ct = default)
    {
        var result = new List<int>();
        foreach (var id in candidates)
        {
            if (await staff.HasRoleAsync(id, role, ct))
            {
                result.Add(id);
            }
        }

        return result;
    }

    public async Task RequireEditorAsync(int organizationId, CancellationToken ct = default)
    {
        if (!await CanEditAsync(organizationId, ct))
        {
            throw new PublicationForbiddenException("您不是该机关的信息编辑，不能执行此操作。");
        }
    }

    public async Task RequireReviewerAsync(int organizationId, CancellationToken ct = default)
    {
        if (!await CanReviewAsync(organizationId, ct))
        {
            throw new PublicationForbiddenException("您不是该机关的信息审核人，不能执行此操作。");
        }
    }
}
