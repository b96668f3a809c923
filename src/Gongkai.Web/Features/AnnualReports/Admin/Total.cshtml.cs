using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.AnnualReports.Admin;

/// <summary>/admin/annual-reports/total/{year}: the district office's table summing every organ
/// (computed values and adjustments), with the same checks.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AnnualReportTotalModel(AnnualReportService reports, AnnualReportAccess access) : PageModel
{
    public AnnualReportView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (!await access.CanOverseeAsync(ct))
        {
            await access.RecordDenialAsync(null, "查看全区年度报告汇总", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!reports.IsReportableYear(year))
        {
            return NotFound();
        }

        View = await reports.DistrictTotalAsync(year, ct);
        return Page();
    }
}
