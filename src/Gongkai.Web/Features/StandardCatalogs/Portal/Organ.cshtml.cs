using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs.Portal;

/// <summary>/xxgk/{orgId}/bzml: the organ's catalogue, only the areas it adopted, each with its rows.</summary>
[OutputCache(PolicyName = StandardCatalogCache.PolicyName)]
public sealed class CatalogueOrganModel(GongkaiDbContext db, ColumnTree tree) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public List<(CatalogueArea Area, List<CatalogueEntry> Rows)> Areas { get; private set; } = [];

    public Dictionary<int, PublicationColumn> Columns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct)
    {
        if (await PortalOrgan.FindAsync(tree, orgId, ct) is not { } found)
        {
            return NotFound();
        }

        Organ = found.Organ;
        Columns = found.Columns.ToDictionary(c => c.Id);
        var adopted = await db.Set<CatalogueAdoption>().AsNoTracking().Where(a => a.OrganizationId == orgId)
            .Join(db.Set<CatalogueArea>(), a => a.AreaId, x => x.Id, (a, x) => x).OrderBy(x => x.Number).ToListAsync(ct);
        var rows = await db.Set<CatalogueEntry>().AsNoTracking().Where(e => e.OrganizationId == orgId).OrderBy(e => e.Sequence).ToListAsync(ct);
        Areas = adopted.Select(a => (a, rows.Where(r => r.AreaId == a.Id).ToList())).ToList();
        return Page();
    }
}
