using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Portal;

/// <summary>/xxgk/{orgId}: an organ's platform with the four first-level columns and the
/// statutory sub-columns, each with the number of items the public can see.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
public sealed class PlatformModel(GongkaiDbContext db, ColumnTree tree, TimeProvider clock) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public List<PublicationColumn> Columns { get; private set; } = [];

    public Dictionary<int, int> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct)
    {
        if (await PortalOrgan.FindAsync(tree, orgId, ct) is not { } found)
        {
            return NotFound();
        }

        (Organ, Columns) = found;
        Counts = await db.Set<Publication>().VisibleAt(clock.GetUtcNow()).Where(p => p.OrganizationId == orgId)
            .GroupBy(p => p.ColumnId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return Page();
    }

    public int CountOf(PublicationColumn column) =>
        Counts.GetValueOrDefault(column.Id) + Columns.Where(c => c.ParentId == column.Id).Sum(c => Counts.GetValueOrDefault(c.Id));
}
