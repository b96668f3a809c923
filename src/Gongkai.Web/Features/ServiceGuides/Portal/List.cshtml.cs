using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ServiceGuides.Portal;

/// <summary>/bszn: every published guide, by theme (个人办事/法人办事) and organ, searched by name
/// or code, 50 a page.</summary>
[OutputCache(PolicyName = ServiceGuideCache.PolicyName)]
public sealed class ServiceGuideListModel(GongkaiDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "organization")]
    public int? OrganizationFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? ThemeFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public ServiceTheme? Theme { get; private set; }

    public List<(Organization Organ, int Count)> Organs { get; private set; } = [];

    public List<(ServiceGuide Guide, string Organ)> Guides { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Filters(int? page = null, string? theme = null, bool keepOrgan = true)
    {
        var parts = new List<string>();
        if (keepOrgan && OrganizationFilter is { } o)
        {
            parts.Add("organization=" + o.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if ((theme ?? (Theme is { } t ? ServiceGuideNames.ThemeCode(t) : null)) is { Length: > 0 } th)
        {
            parts.Add("theme=" + th);
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            parts.Add("q=" + Uri.EscapeDataString(Query));
        }

        if (page is > 1)
        {
            parts.Add("page=" + page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        // 个人办事、法人办事 together is the whole list.
        Theme = ServiceGuideNames.ParseTheme(ThemeFilter) is { } parsed && parsed != ServiceTheme.Both ? parsed : null;
        var guides = db.Set<ServiceGuide>().AsNoTracking().Where(g => g.Status == ServiceGuideStatus.Published);
        if (Theme is { } theme)
        {
            guides = guides.InTheme(theme);
        }

        guides = guides.Matching(Query);
        var counts = await guides.GroupBy(g => g.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var ids = counts.Keys.ToList();
        Organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && ids.Contains(o.Id)).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct))
            .Where(o => OrganizationKinds.HasPlatform(o.Kind)).Select(o => (o, counts[o.Id])).ToList();
        var shown = Organs.Select(o => o.Organ.Id).ToList();
        guides = OrganizationFilter is { } orgId ? guides.Where(g => g.OrganizationId == orgId && shown.Contains(orgId)) : guides.Where(g => shown.Contains(g.OrganizationId));
        Total = await guides.CountAsync(ct);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        var rows = await guides.OrderBy(g => g.OrganizationId).ThenBy(g => g.Code).ThenBy(g => g.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Join(db.Set<Organization>(), g => g.OrganizationId, o => o.Id, (g, o) => new { Guide = g, o.Name })
            .ToListAsync(ct);
        Guides = rows.Select(r => (r.Guide, r.Name)).ToList();
    }
}
