using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision.Admin;

/// <summary>/admin/tasks/measures/{id}: a measure with the reports the person may read (own organ's;
/// all of them for the lead organ and the district office), the report form for responsible organs
/// and the sign-off for the lead organ.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TaskMeasureModel(GongkaiDbContext db, TaskDivisionAccess access, TaskTrackingService tracking, TaskSupervisionService supervision, TaskDueDateService dueDates,
    ComplianceOverview overview, ComplianceAccess complianceAccess) : PageModel
{
    /// <summary>What the platform knows about the measure's subject per responsible organ the person
    /// may see (<see cref="MeasureEvidence"/>); null when no indicator speaks to it.</summary>
    public ComplianceMatrix? PlatformFacts { get; private set; }

    public TaskMeasure Measure { get; private set; } = null!;

    public Dictionary<int, string> Organs { get; private set; } = [];

    public List<TaskProgressReport> Reports { get; } = [];

    public List<TaskSupervision> Supervisions { get; } = [];

    public List<int> ReportAs { get; } = [];

    public List<int> SignOffAs { get; } = [];

    public string? Error { get; private set; }

    [BindProperty]
    public int OrganizationId { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? Narrative { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public DateOnly? ReportedOn { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public int SupervisionId { get; set; }

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    [BindProperty]
    public string? DueDateReason { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    public bool MayManage { get; private set; }

    /// <summary>For a recurring duty: each period of the notice's year and the organs that reported in it.</summary>
    public List<(Domain.TaskDivision.ReportPeriod Period, List<int> Filed)> Periods { get; } = [];

    public DateOnly Today => tracking.Today;

    public List<int> OwnOrgans { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReportAsync(int id, CancellationToken ct)
    {
        var (error, forbidden) = await tracking.ReportAsync(id, new TaskProgressInput(OrganizationId, Status, Narrative, Evidence, ReportedOn), ct);
        if (forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await AfterAsync(id, error, "进展已填报。", ct);
    }

    public async Task<IActionResult> OnPostSignOffAsync(int id, CancellationToken ct)
    {
        var (error, forbidden) = await tracking.SignOffAsync(id, OrganizationId, ct);
        if (forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await AfterAsync(id, error, "已确认该举措完成。", ct);
    }

    public async Task<IActionResult> OnPostSuperviseAsync(int id, CancellationToken ct)
    {
        var (error, forbidden) = await supervision.SendAsync(id, OrganizationId, Message, ct);
        return forbidden ? StatusCode(StatusCodes.Status403Forbidden) : await AfterAsync(id, error, "督办已发送。", ct);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken ct)
    {
        var (error, forbidden) = await supervision.AnswerAsync(SupervisionId, Answer, ct);
        return forbidden ? StatusCode(StatusCodes.Status403Forbidden) : await AfterAsync(id, error, "督办已答复。", ct);
    }

    public async Task<IActionResult> OnPostDueDateAsync(int id, CancellationToken ct)
    {
        var (error, forbidden) = await dueDates.EditAsync(id, DueOn, DueDateReason, ct);
        return forbidden ? StatusCode(StatusCodes.Status403Forbidden) : await AfterAsync(id, error, "完成期限已修改。", ct);
    }

    private async Task<IActionResult> AfterAsync(int id, string? error, string done, CancellationToken ct)
    {
        if (error is null)
        {
            TempData["TaskMessage"] = done;
            return Redirect($"/admin/tasks/measures/{id}");
        }

        Error = error;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var measure = await db.Set<TaskMeasure>().AsNoTracking().Include(m => m.Assignments).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null)
        {
            return false;
        }

        var own = await access.OwnOrganizationsAsync(ct);
        var manager = await access.MayManageAsync(ct);
        var involved = measure.Assignments.Where(a => own.Contains(a.OrganizationId)).ToList();
        if (!manager && involved.Count == 0)
        {
            // Not the person's measure: answer as if it did not exist.
            return false;
        }

        Measure = measure;
        MayManage = manager;
        OwnOrgans.AddRange(own);
        ReportAs.AddRange(involved.Where(a => a.Role == TaskAssignmentRole.Responsible).Select(a => a.OrganizationId));
        SignOffAs.AddRange(involved.Where(a => a.Role == TaskAssignmentRole.Lead).Select(a => a.OrganizationId));
        var seesAll = manager || SignOffAs.Count > 0;
        var organIds = measure.Assignments.Select(a => a.OrganizationId).Distinct().ToList();
        Organs = await db.Set<Organization>().AsNoTracking().Where(o => organIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        Reports.AddRange(await db.Set<TaskProgressReport>().AsNoTracking()
            .Where(r => r.MeasureId == id && (seesAll || own.Contains(r.OrganizationId)))
            .OrderByDescending(r => r.ReportedOn).ThenByDescending(r => r.Id).ToListAsync(ct));
        if (TaskAssessmentService.Recurrence(measure) is { } recurrence)
        {
            var year = await db.Set<TaskNotice>().Where(n => n.Id == measure.NoticeId).Select(n => n.Year).FirstAsync(ct);
            foreach (var period in Domain.TaskDivision.ReportSlots.For(recurrence, year))
            {
                Periods.Add((period, Reports.Where(r => r.ReportedOn >= period.Start && r.ReportedOn <= period.End).Select(r => r.OrganizationId).Distinct().ToList()));
            }
        }

        Supervisions.AddRange(await db.Set<TaskSupervision>().AsNoTracking()
            .Where(s => s.MeasureId == id && (manager || own.Contains(s.OrganizationId))).OrderByDescending(s => s.SentAt).ToListAsync(ct));
        await LoadPlatformFactsAsync(measure, ct);
        return true;
    }

    private async Task LoadPlatformFactsAsync(TaskMeasure measure, CancellationToken ct)
    {
        var keys = MeasureEvidence.KeysFor(measure.Text);
        var columns = overview.Columns.Where(c => keys.Contains(c.Key)).ToList();
        if (columns.Count == 0)
        {
            return;
        }

        var visible = await complianceAccess.VisibleOrganizationsAsync(ct);
        var responsible = measure.Assignments.Where(a => a.Role == TaskAssignmentRole.Responsible && (visible is null || visible.Contains(a.OrganizationId)))
            .Select(a => a.OrganizationId).ToHashSet();
        if (responsible.Count == 0)
        {
            return;
        }

        var year = await db.Set<TaskNotice>().Where(n => n.Id == measure.NoticeId).Select(n => n.Year).FirstAsync(ct);
        var matrix = await overview.ComputeAsync(year, responsible, ct: ct);
        PlatformFacts = matrix with { Columns = columns };
    }
}
