using Gongkai.Domain.PublicEnterprises;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Portal;

/// <summary>/xxgk: every organ's platform, grouped as 61号 sites usually show them.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
public sealed class DirectoryModel(GongkaiDbContext db) : PageModel
{
    public List<(string Group, List<Organization> Organs)> Groups { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind != OrganizationKind.Party)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        Add("区政府", organs.Where(o => o.Kind == OrganizationKind.Government));
        Add("区政府部门", organs.Where(o => o.Kind is OrganizationKind.Department or OrganizationKind.Vertical));
        Add("镇街", organs.Where(o => o.Kind is OrganizationKind.Town or OrganizationKind.Subdistrict));
        Enterprises.AddRange(organs.Where(o => o.Kind == OrganizationKind.PublicEnterprise && o.Sector is not null)
            .GroupBy(o => o.Sector!.Value).OrderBy(g => g.Key).Select(g => (SectorColumns.Chinese(g.Key), g.ToList())));
    }

    /// <summary>公共企事业单位, one list per sector: they disclose under their sector's special rule,
    /// so the public looks for them by sector rather than among the organs.</summary>
    public List<(string Sector, List<Organization> Units)> Enterprises { get; } = [];

    private void Add(string group, IEnumerable<Organization> organs)
    {
        var list = organs.ToList();
        if (list.Count > 0)
        {
            Groups.Add((group, list));
        }
    }
}
