using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.MarketRules.Admin;

/// <summary>/admin/market-rules: the entries of the organs the person reads, and a new entry for
/// an organ the person edits for.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MarketRulesIndexModel(GongkaiDbContext db, StaffAccess staff) : PageModel
{
    public List<(MarketRule Rule, string Organ)> Rules { get; private set; } = [];

    public List<Organization> Editable { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var readable = await staff.ReadableOrganizationsAsync(ct);
        Rules = (await db.Set<MarketRule>().AsNoTracking().Where(r => readable == null || readable.Contains(r.OrganizationId))
                .OrderByDescending(r => r.UpdatedAt).Take(500)
                .Join(db.Set<Organization>(), r => r.OrganizationId, o => o.Id, (r, o) => new { r, o.Name }).ToListAsync(ct))
            .Select(x => (x.r, x.Name)).ToList();
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && (readable == null || readable.Contains(o.Id)))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Take(500).ToListAsync(ct);
        foreach (var o in organs)
        {
            if (await staff.HasRoleAsync(o.Id, BusinessRole.Editor, ct))
            {
                Editable.Add(o);
            }
        }
    }
}
