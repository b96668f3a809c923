using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision.Admin;

/// <summary>/admin/tasks/notices/{id}/assessment: the notice's rubric (editable by the district
/// office) and every responsible organ's score with its breakdown, exportable to Excel.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TaskAssessmentModel(GongkaiDbContext db, TaskDivisionAccess access, TaskAssessmentService assessment) : PageModel
{
    public TaskNotice Notice { get; private set; } = null!;

    public List<OrganAssessment> Rows { get; private set; } = [];

    [BindProperty]
    public decimal DoneOnTime { get; set; }

    [BindProperty]
    public decimal ReportsFiled { get; set; }

    [BindProperty]
    public decimal Evidence { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await access.MayManageAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var rubric = await assessment.RubricAsync(id, ct);
        (DoneOnTime, ReportsFiled, Evidence) = (rubric.DoneOnTimePoints, rubric.ReportsFiledPoints, rubric.EvidencePoints);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await access.MayManageAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Error = await assessment.SaveRubricAsync(id, new AssessmentWeights(DoneOnTime, ReportsFiled, Evidence), ct);
        if (Error is not null)
        {
            return Page();
        }

        return Redirect($"/admin/tasks/notices/{id}/assessment");
    }

    public async Task<IActionResult> OnGetExcelAsync(int id, CancellationToken ct)
    {
        if (!await access.MayManageAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await LoadAsync(id, ct)
            ? File(TaskAssessmentService.Excel(Rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{Notice.Title}考核得分.xlsx")
            : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var notice = await db.Set<TaskNotice>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null)
        {
            return false;
        }

        Notice = notice;
        Rows = await assessment.ScoresAsync(id, ct);
        return true;
    }
}
