using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Identity.Admin;

[Authorize(Policy = Policies.Staff)]
public sealed class DashboardModel(StaffAccess access, GongkaiDbContext db) : PageModel
{
    public string DisplayName => User.FindFirst(StaffClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";

    public List<string> Memberships { get; private set; } = [];

    public List<(int Id, string Name)> OwnOrganizations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var memberships = await access.MembershipsAsync(HttpContext.RequestAborted);
        var ids = memberships.Select(m => m.OrganizationId).Distinct().ToList();
        var names = await db.Set<Organizations.Organization>().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName);
        Memberships = memberships.Select(m => $"{names.GetValueOrDefault(m.OrganizationId)}·{BusinessRoles.DisplayName(m.Role)}").ToList();
        OwnOrganizations = memberships.Where(m => m.Role == BusinessRole.OrganizationAdmin)
            .Select(m => (m.OrganizationId, names.GetValueOrDefault(m.OrganizationId) ?? "")).ToList();
    }
}
