using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.AnnualReports.Admin;

/// <summary>/admin/annual-reports/settings: the district office sets the annual-report deadlines
/// (departments and the district government per Art. 49; towns and subdistricts locally).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AnnualReportSettingsModel(AnnualReportService reports, AnnualReportAccess access) : PageModel
{
    [BindProperty]
    public int DepartmentMonth { get; set; }

    [BindProperty]
    public int DepartmentDay { get; set; }

    [BindProperty]
    public int TownMonth { get; set; }

    [BindProperty]
    public int TownDay { get; set; }

    [BindProperty]
    public int GovernmentMonth { get; set; }

    [BindProperty]
    public int GovernmentDay { get; set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.CanOverseeAsync(ct))
        {
            return Forbid();
        }

        var d = await reports.DeadlinesAsync(ct);
        (DepartmentMonth, DepartmentDay, TownMonth, TownDay, GovernmentMonth, GovernmentDay) =
            (d.DepartmentMonth, d.DepartmentDay, d.TownMonth, d.TownDay, d.GovernmentMonth, d.GovernmentDay);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            Error = await reports.SaveDeadlinesAsync(new ReportDeadlineSettings(DepartmentMonth, DepartmentDay, TownMonth, TownDay, GovernmentMonth, GovernmentDay), ct);
        }
        catch (AnnualReportForbiddenException)
        {
            return Forbid();
        }

        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Message = "已保存年度报告公布期限。";
        return RedirectToPage();
    }
}
