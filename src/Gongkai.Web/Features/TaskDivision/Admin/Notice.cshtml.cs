using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision.Admin;

/// <summary>/admin/tasks/notices/{id}: the district office's view of a whole notice: the progress
/// tree (notice → key task → sub-task → measure) with bars and overdue/at-risk colouring, filters by
/// organ, status and due date, and 督办 to an organ about a measure.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TaskNoticeModel(GongkaiDbContext db, TaskDivisionAccess access, TaskTrackingService tracking) : PageModel
{
    public TaskNotice Notice { get; private set; } = null!;

    public ProgressNode Tree { get; private set; } = null!;

    public List<TaskMeasure> Measures { get; private set; } = [];

    public Dictionary<int, MeasureProgress> Progress { get; private set; } = [];

    public List<Organization> Organs { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Organ { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? DueBy { get; set; }

    public DateOnly Today => tracking.Today;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await access.MayManageAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var notice = await db.Set<TaskNotice>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null)
        {
            return NotFound();
        }

        Notice = notice;
        (Measures, Progress, Tree) = await tracking.TreeAsync(id, ct);
        var organIds = Measures.SelectMany(m => m.Assignments).Select(a => a.OrganizationId).Distinct().ToList();
        Organs = await db.Set<Organization>().AsNoTracking().Where(o => organIds.Contains(o.Id)).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnGetExcelAsync(int id, CancellationToken ct) =>
        ExportAsync(id, (notice, rows) => File(TaskExport.Excel(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{notice.Title}.xlsx"), ct);

    public Task<IActionResult> OnGetWordAsync(int id, CancellationToken ct) =>
        ExportAsync(id, (notice, rows) => File(TaskExport.Word(notice.Title, notice.DocumentNumber, rows), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{notice.Title}.docx"), ct);

    private async Task<IActionResult> ExportAsync(int id, Func<TaskNotice, List<TaskExportRow>, IActionResult> file, CancellationToken ct)
    {
        var page = await OnGetAsync(id, ct);
        return page is PageResult ? file(Notice, TaskExport.Rows(Measures.Where(Shown).ToList(), Progress, Today)) : page;
    }

    /// <summary>Whether a measure passes the filters; the tree keeps its shape and hides the rest.</summary>
    public bool Shown(TaskMeasure m)
    {
        var state = ProgressRollup.StateOf(Progress[m.Id], Today);
        return (Organ is null || m.Assignments.Any(a => a.OrganizationId == Organ))
            && (string.IsNullOrEmpty(State) || string.Equals(state.ToString(), State, StringComparison.OrdinalIgnoreCase))
            && (DueBy is null || m.DueDate <= DueBy);
    }
}
