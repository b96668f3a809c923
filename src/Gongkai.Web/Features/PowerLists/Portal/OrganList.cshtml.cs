using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.PowerLists.Portal;

/// <summary>/xxgk/{orgId}/power-list: one organ's current 权责清单 and its 调整记录.</summary>
public sealed class OrganListModel(GongkaiDbContext db, ColumnTree tree, TimeProvider clock) : PowerListPageModel(db, clock)
{
    public List<PowerListHistory.Entry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int orgId, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (await PortalOrgan.FindAsync(tree, orgId, ct) is not { } found)
        {
            return NotFound();
        }

        Organ = found.Organ;
        await LoadAsync(page, ct);
        History = (await PowerListHistory.ForOrganAsync(Db, orgId, ct)).Take(50).ToList();
        return Page();
    }
}
