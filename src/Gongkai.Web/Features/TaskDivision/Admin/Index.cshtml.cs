using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision.Admin;

/// <summary>/admin/tasks: the measures the person's organs lead or carry out, with due dates, their
/// latest status and open supervision notices; for the district office also every notice.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TaskIndexModel(GongkaiDbContext db, TaskDivisionAccess access, TaskTrackingService tracking) : PageModel
{
    public bool MayManage { get; private set; }

    public List<TaskNotice> Notices { get; } = [];

    public List<Row> Rows { get; } = [];

    public DateOnly Today => tracking.Today;

    public sealed record Row(TaskMeasure Measure, string Organ, TaskAssignmentRole Role, TaskProgressStatus? Status, int OpenSupervisions);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        MayManage = await access.MayManageAsync(ct);
        if (MayManage)
        {
            Notices.AddRange(await db.Set<TaskNotice>().AsNoTracking().OrderByDescending(n => n.Year).ThenByDescending(n => n.Id).ToListAsync(ct));
        }

        var own = await access.OwnOrganizationsAsync(ct);
        var assignments = await db.Set<TaskAssignment>().AsNoTracking().Where(a => own.Contains(a.OrganizationId)).ToListAsync(ct);
        var measureIds = assignments.Select(a => a.MeasureId).Distinct().ToList();
        var measures = await db.Set<TaskMeasure>().AsNoTracking().Where(m => measureIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => own.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        var reports = await db.Set<TaskProgressReport>().AsNoTracking().Where(r => measureIds.Contains(r.MeasureId) && own.Contains(r.OrganizationId)).ToListAsync(ct);
        var open = await db.Set<TaskSupervision>().AsNoTracking().Where(s => own.Contains(s.OrganizationId) && s.AnsweredAt == null).ToListAsync(ct);
        foreach (var a in assignments.OrderBy(a => measures[a.MeasureId].DueDate).ThenBy(a => a.MeasureId))
        {
            var latest = reports.Where(r => r.MeasureId == a.MeasureId && r.OrganizationId == a.OrganizationId)
                .OrderByDescending(r => r.ReportedOn).ThenByDescending(r => r.Id).FirstOrDefault();
            Rows.Add(new Row(measures[a.MeasureId], organs[a.OrganizationId], a.Role, latest?.Status,
                open.Count(s => s.MeasureId == a.MeasureId && s.OrganizationId == a.OrganizationId)));
        }

        return Page();
    }
}
