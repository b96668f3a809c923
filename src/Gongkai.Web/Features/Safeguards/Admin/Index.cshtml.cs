using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Safeguards.Admin;

/// <summary>/admin/safeguards: per organ the leader's filing, the disclosure office and this year's trainings.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SafeguardsIndexModel(GongkaiDbContext db, StaffAccess staff, TimeProvider clock) : PageModel
{
    public sealed record Line(Organization Organ, int Trainings, int Cases);

    public List<Line> Organs { get; private set; } = [];

    public int Year { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = ChinaTime.Today(clock).Year;
        var start = new DateOnly(Year, 1, 1);
        var readable = await staff.ReadableOrganizationsAsync(ct);
        var organs = await db.Set<Organization>().AsNoTracking()
            .Where(o => o.IsActive && o.Kind != OrganizationKind.Party && (readable == null || readable.Contains(o.Id)))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Take(500).ToListAsync(ct);
        var ids = organs.Select(o => o.Id).ToList();
        var trainings = await db.Set<TrainingRecord>().Where(t => ids.Contains(t.OrganizationId) && t.HeldOn >= start)
            .GroupBy(t => t.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var cases = await db.Set<CaseSubmission>().Where(c => ids.Contains(c.OrganizationId) && c.SubmittedOn >= start)
            .GroupBy(c => c.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Organs = organs.Select(o => new Line(o, trainings.GetValueOrDefault(o.Id), cases.GetValueOrDefault(o.Id))).ToList();
    }
}
