using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists.Admin;

/// <summary>/admin/power-lists: the organs whose lists the person works on.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PowerListsIndexModel(GongkaiDbContext db, StaffAccess staff) : PageModel
{
    public List<(Organization Organ, int Items, int Pending)> Organs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var readable = await staff.ReadableOrganizationsAsync(ct);
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && (readable == null || readable.Contains(o.Id)))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Take(500).ToListAsync(ct);
        var ids = organs.Select(o => o.Id).ToList();
        var items = await db.Set<PowerItem>().Where(i => ids.Contains(i.OrganizationId)).GroupBy(i => i.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var pending = await db.Set<PowerListBatch>().Where(b => ids.Contains(b.OrganizationId) && b.Status == PowerReviewStatus.Pending)
            .GroupBy(b => b.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Organs = organs.Select(o => (o, items.GetValueOrDefault(o.Id), pending.GetValueOrDefault(o.Id))).ToList();
    }
}
