using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.AnnualReports.Admin;

/// <summary>/admin/annual-reports: an organ's staff see their organs' reports for the year and
/// every earlier report; the district office (supervisors) sees every organ's status against its
/// deadline and links to the district-wide total.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AnnualReportListModel(AnnualReportService reports, AnnualReportAccess access) : PageModel
{
    public int Year { get; private set; }

    public bool Oversees { get; private set; }

    public List<ReportStatusRow> Rows { get; private set; } = [];

    public List<AnnualReport> History { get; private set; } = [];

    public Dictionary<int, string> OrganNames { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public Domain.AnnualReports.ReportDeadlineSettings Deadlines { get; private set; } = Domain.AnnualReports.ReportDeadlineSettings.Default;

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        Year = year ?? reports.DefaultYear;
        if (!reports.IsReportableYear(Year))
        {
            return NotFound();
        }

        Years = Enumerable.Range(Domain.AnnualReports.ReportTemplates.FirstYear, reports.DefaultYear + 2 - Domain.AnnualReports.ReportTemplates.FirstYear).Reverse().ToList();
        Oversees = await access.CanOverseeAsync(ct);
        Deadlines = await reports.DeadlinesAsync(ct);
        var readable = await access.ReadableAsync(ct);
        Rows = await reports.StatusesAsync(Year, Oversees ? null : readable ?? new HashSet<int>(), ct);
        OrganNames = Rows.ToDictionary(r => r.OrganizationId, r => r.OrganName);
        if (!Oversees)
        {
            History = (await reports.ReportsOfAsync(Rows.Select(r => r.OrganizationId).ToHashSet(), ct)).Where(r => r.Year != Year).ToList();
        }

        return Page();
    }
}
