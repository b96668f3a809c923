using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ServiceGuides.Admin;

/// <summary>/admin/service-guides: the organs whose guides the person works on, each with its
/// completeness: the required elements its guides fill, of all they should (§7.2; the 国办 check
/// index scores 「办事指南要素的完整性」).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ServiceGuidesIndexModel(GongkaiDbContext db, ServiceGuideAccess access) : PageModel
{
    public sealed record Row(Organization Organ, int Guides, int Pending, int Published, int Filled, int Required)
    {
        public string Completeness => Required == 0 ? "—" : $"{100.0 * Filled / Required:0.#}%（{Filled}/{Required}）";
    }

    public List<Row> Organs { get; private set; } = [];

    public bool IsSystemAdmin => access.IsSystemAdmin;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var readable = await access.ReadableOrganizationsAsync(ct);
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && (readable == null || readable.Contains(o.Id)))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Take(500).ToListAsync(ct);
        var ids = organs.Select(o => o.Id).ToList();
        var counts = await db.Set<ServiceGuide>().Where(g => ids.Contains(g.OrganizationId) && g.Status != ServiceGuideStatus.Withdrawn)
            .GroupBy(g => g.OrganizationId)
            .Select(g => new
            {
                g.Key,
                Count = g.Count(),
                Pending = g.Count(x => x.Status == ServiceGuideStatus.Pending),
                Published = g.Count(x => x.Status == ServiceGuideStatus.Published),
                Filled = g.Sum(x => x.FilledElements),
            })
            .ToDictionaryAsync(g => g.Key, ct);
        Organs = organs.Select(o => counts.TryGetValue(o.Id, out var c)
            ? new Row(o, c.Count, c.Pending, c.Published, c.Filled, c.Count * ServiceGuideRules.RequiredCount)
            : new Row(o, 0, 0, 0, 0, 0)).ToList();
    }
}
