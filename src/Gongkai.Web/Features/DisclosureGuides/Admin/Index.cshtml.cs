using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides.Admin;

/// <summary>/admin/guide: the guides the person may edit, each flagged when not updated this year.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class GuideIndexModel(GongkaiDbContext db, DisclosureGuideService guides, OrganizationAdminAccess organAccess) : PageModel
{
    public List<(Organization Organ, DateTimeOffset? UpdatedAt, bool Stale)> Rows { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visible = await organAccess.VisibleAsync(ct);
        var organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive)
                .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct))
            .Where(o => OrganizationKinds.HasPlatform(o.Kind) && (visible is null || visible.Contains(o.Id))).ToList();
        var updated = await guides.UpdatedAtAsync(organs.Select(o => o.Id).ToList(), ct);
        foreach (var organ in organs)
        {
            DateTimeOffset? at = updated.TryGetValue(organ.Id, out var u) ? u : null;
            Rows.Add((organ, at, guides.IsStale(at)));
        }
    }
}
