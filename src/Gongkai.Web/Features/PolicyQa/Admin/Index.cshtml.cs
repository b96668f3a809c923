using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PolicyQa.Admin;

/// <summary>/admin/policy-qa: the questions of the organs the person reads, and a new one for an
/// organ the person edits for.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PolicyQaIndexModel(GongkaiDbContext db, StaffAccess staff) : PageModel
{
    public List<(PolicyQuestion Question, string Organ)> Questions { get; private set; } = [];

    public List<Organization> Editable { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var readable = await staff.ReadableOrganizationsAsync(ct);
        Questions = (await db.Set<PolicyQuestion>().AsNoTracking().Where(q => readable == null || readable.Contains(q.OrganizationId))
                .OrderByDescending(q => q.UpdatedAt).Take(500)
                .Join(db.Set<Organization>(), q => q.OrganizationId, o => o.Id, (q, o) => new { q, o.Name }).ToListAsync(ct))
            .Select(x => (x.q, x.Name)).ToList();
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
