using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Admin;

/// <summary>The organ queue (the person's organs as case handler) and, for district supervisors,
/// the district-wide queue. Due within 5 working days and overdue cases are highlighted.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ApplicationQueueModel(ApplicationAccess applications, ApplicationClock clock, ApplicationQueue queue, StaffAccess access, GongkaiDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "scope")]
    public string? Scope { get; set; }

    [BindProperty(SupportsGet = true, Name = "org")]
    public int? Org { get; set; }

    [BindProperty(SupportsGet = true, Name = "closed")]
    public bool Closed { get; set; }

    public ApplicationQueue.Page? Queue { get; private set; }

    public bool IsSupervisor { get; private set; }

    public bool District => Scope == "district" && IsSupervisor;

    public List<(int Id, string Name)> Organizations { get; private set; } = [];

    // The page number comes from the query string only: "page" is also Razor Pages' own route
    // value (the page's path), which a bound property named "page" would take instead.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var handled = await applications.HandledOrganizationsAsync(ct);
        IsSupervisor = handled is null;
        var own = (await access.MembershipsAsync(ct))
            .Where(m => m.Role == BusinessRole.CaseHandler).Select(m => m.OrganizationId).ToHashSet();
        if (!IsSupervisor && own.Count == 0)
        {
            return Forbid();
        }

        // The organ queue shows the person's own organs even for a supervisor; the district
        // queue shows all organs.
        IReadOnlySet<int>? scope = District ? null : own;
        if (!District && own.Count == 0)
        {
            return Redirect("/admin/applications?scope=district");
        }

        var ids = scope?.ToList();
        Organizations = (await db.Set<Organization>().AsNoTracking().Where(o => ids == null || ids.Contains(o.Id)).OrderBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.ShortName }).ToListAsync(ct)).Select(o => (o.Id, o.ShortName)).ToList();
        Queue = await queue.ReadAsync(scope, Org, Closed, Math.Max(1, page ?? 1), await clock.CalendarAsync(ct), ct);
        return Page();
    }

    public string Link(int page) => $"/admin/applications?scope={Scope}&org={Org}&closed={Closed}&page={page}";
}
