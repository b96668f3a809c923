using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs.Portal;

/// <summary>/bzml: the 26 areas, the organs and towns that publish a catalogue for each, and the
/// number of matters in the district template.</summary>
[OutputCache(PolicyName = StandardCatalogCache.PolicyName)]
public sealed class CatalogueDistrictModel(GongkaiDbContext db) : PageModel
{
    public sealed record AreaLine(CatalogueArea Area, int TemplateRows, IReadOnlyList<(int Id, string Name)> Organs);

    public List<AreaLine> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var areas = await db.Set<CatalogueArea>().AsNoTracking().OrderBy(a => a.Number).ToListAsync(ct);
        var template = await db.Set<CatalogueEntry>().AsNoTracking().Where(e => e.OrganizationId == null)
            .GroupBy(e => e.AreaId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var adopters = await db.Set<CatalogueAdoption>().AsNoTracking()
            .Join(db.Set<Organization>().Where(o => o.IsActive), a => a.OrganizationId, o => o.Id, (a, o) => new { a.AreaId, o.Id, o.ShortName, o.SortOrder })
            .ToListAsync(ct);
        Areas = areas.Select(a => new AreaLine(a, template.FirstOrDefault(t => t.Key == a.Id)?.Count ?? 0,
            adopters.Where(x => x.AreaId == a.Id).OrderBy(x => x.SortOrder).Select(x => (x.Id, x.ShortName)).ToList())).ToList();
    }
}
