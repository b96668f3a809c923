using Gongkai.Domain.OrganizationFunctions;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.OrganizationFunctions.Admin;

/// <summary>/admin/functions: the organs whose 机构职能 the person may see, with the public version's
/// date and whether a version waits for review.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class FunctionsIndexModel(GongkaiDbContext db, StaffAccess staff) : PageModel
{
    public List<(Organization Organ, DateTimeOffset? PublishedAt, bool Pending)> Rows { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var readable = await staff.ReadableOrganizationsAsync(ct);
        var organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct))
            .Where(o => OrganizationKinds.HasPlatform(o.Kind) && (readable is null || readable.Contains(o.Id))).ToList();
        var ids = organs.Select(o => o.Id).ToList();
        var versions = await db.Set<OrganizationFunctionsVersion>().AsNoTracking()
            .Where(v => ids.Contains(v.OrganizationId) && (v.Status == FunctionsVersionStatus.Published || v.Status == FunctionsVersionStatus.PendingReview))
            .Select(v => new { v.OrganizationId, v.Status, v.PublishedAt }).ToListAsync(ct);
        foreach (var o in organs)
        {
            Rows.Add((o, versions.FirstOrDefault(v => v.OrganizationId == o.Id && v.Status == FunctionsVersionStatus.Published)?.PublishedAt,
                versions.Any(v => v.OrganizationId == o.Id && v.Status == FunctionsVersionStatus.PendingReview)));
        }
    }
}
