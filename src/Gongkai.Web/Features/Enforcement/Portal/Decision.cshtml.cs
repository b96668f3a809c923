using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Enforcement.Portal;

/// <summary>/zfgs/{id}: a published decision, party masked. A withdrawn decision that had been
/// public keeps a page saying when and why it was withdrawn, without its content; one past its
/// publicity period, or never published, is not found.</summary>
[OutputCache(PolicyName = EnforcementCache.PolicyName)]
public sealed class DecisionModel(GongkaiDbContext db, TimeProvider clock) : PageModel
{
    public EnforcementDecision Decision { get; private set; } = null!;

    public string Organ { get; private set; } = "";

    public bool Withdrawn => Decision.Status == EnforcementStatus.Withdrawn;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var found = await db.Set<EnforcementDecision>().AsNoTracking().Where(d => d.Id == id)
            .Join(db.Set<Organization>(), d => d.OrganizationId, o => o.Id, (d, o) => new { Decision = d, Organ = o.Name }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound();
        }

        var d = found.Decision;
        var inView = d.Status == EnforcementStatus.Published && (d.PublicUntil is null || d.PublicUntil >= today);
        var withdrawnAfterPublication = d.Status == EnforcementStatus.Withdrawn && d.PublishedOn is not null;
        if (!inView && !withdrawnAfterPublication)
        {
            return NotFound();
        }

        (Decision, Organ) = (d, found.Organ);
        return Page();
    }
}
