using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Who may do what with task-division notices. The district office (supervisors, and the
/// system administrator) imports notices and sees everything; an organ's editors and administrators
/// report only on measures their organ is responsible for; only the lead organ signs a measure off.</summary>
public sealed class TaskDivisionAccess(StaffAccess staff, GongkaiDbContext db)
{
    private static readonly BusinessRole[] WorkingRoles = [BusinessRole.OrganizationAdmin, BusinessRole.Editor];

    public async Task<bool> MayManageAsync(CancellationToken ct = default) => staff.IsSystemAdmin || await staff.IsSupervisorAsync(ct);

    /// <summary>The organs the person works for (editor or administrator), whose measures they see and report on.</summary>
    public async Task<IReadOnlyList<int>> OwnOrganizationsAsync(CancellationToken ct = default)
    {
        var memberships = await staff.MembershipsAsync(ct);
        return memberships.Where(m => WorkingRoles.Contains(m.Role)).Select(m => m.OrganizationId).Distinct().ToList();
    }

    public async Task<bool> MayReportAsync(int measureId, int organizationId, CancellationToken ct = default) =>
        (await OwnOrganizationsAsync(ct)).Contains(organizationId)
        && await db.Set<TaskAssignment>().AnyAsync(a => a.MeasureId == measureId && a.OrganizationId == organizationId && a.Role == TaskAssignmentRole.Responsible, ct);

    public async Task<bool> MaySignOffAsync(int measureId, int organizationId, CancellationToken ct = default) =>
        (await OwnOrganizationsAsync(ct)).Contains(organizationId)
        && await db.Set<TaskAssignment>().AnyAsync(a => a.MeasureId == measureId && a.OrganizationId == organizationId && a.Role == TaskAssignmentRole.Lead, ct);
}
