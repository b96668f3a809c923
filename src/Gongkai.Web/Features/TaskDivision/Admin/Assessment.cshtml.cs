using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision.Admin;

/// <summary>/admin/tasks/notices/{id}/assessment: the notice's rubric (editable by the district
/// office) and every responsible organ's score with its breakdown, exportable to Excel. Besides the
/// self-reported criteria, any overview indicator can be a scored criterion (points per notice).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TaskAssessmentModel(GongkaiDbContext db, TaskDivisionAccess access, TaskAssessmentService assessment, ComplianceOverview overview) : PageModel
{
    /// <summary>Points per overview indicator (<c>Indicators[key]</c> in the form); 0 = not used.
    /// Read from the form by hand: a bound dictionary would take every other field when none is sent.</summary>
    public Dictionary<string, decimal> Indicators { get; set; } = [];

    public IReadOnlyList<ComplianceColumn> IndicatorColumns => overview.Columns;

    public bool UsesIndicators => Rows.Any(r => r.Indicators.Count > 0);

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
        Indicators = await assessment.IndicatorPointsAsync(id, ct);
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

        foreach (var (name, value) in Request.Form)
        {
            if (name.StartsWith("Indicators[", StringComparison.Ordinal) && name.EndsWith(']'))
            {
                var key = name["Indicators[".Length..^1];
                if (!decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var points))
                {
                    Error = $"指标“{key}”的分值应为数字。";
                    return Page();
                }

                Indicators[key] = points;
            }
        }

        Error = await assessment.SaveRubricAsync(id, new AssessmentWeights(DoneOnTime, ReportsFiled, Evidence), ct, Indicators);
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
