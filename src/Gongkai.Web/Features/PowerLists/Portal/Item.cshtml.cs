using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists.Portal;

/// <summary>/xxgk/{orgId}/power-list/{id}: every field of a published item and its history, kept
/// after the item is cancelled or moved to another organ.</summary>
[OutputCache(PolicyName = PowerListCache.PolicyName)]
public sealed class ItemModel(GongkaiDbContext db, ColumnTree tree, TimeProvider clock) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public PowerItem Item { get; private set; } = null!;

    public List<PowerListHistory.Entry> History { get; private set; } = [];

    public (int OrgId, int Id, string Organ)? MovedTo { get; private set; }

    public (int OrgId, int Id, string Organ)? MovedFrom { get; private set; }

    public DateOnly Today => Shared.ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(int orgId, int id, CancellationToken ct)
    {
        if (await PortalOrgan.FindAsync(tree, orgId, ct) is not { } found)
        {
            return NotFound();
        }

        var item = await db.Set<PowerItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.OrganizationId == orgId && i.Status == PowerItemStatus.Published, ct);
        if (item is null)
        {
            return NotFound();
        }

        (Organ, Item) = (found.Organ, item);
        History = await PowerListHistory.ForItemAsync(db, item, ct);
        MovedTo = await LinkAsync(item.TransferredToId, ct);
        MovedFrom = await LinkAsync(item.TransferredFromId, ct);
        return Page();
    }

    private async Task<(int, int, string)?> LinkAsync(int? itemId, CancellationToken ct)
    {
        if (itemId is null)
        {
            return null;
        }

        var link = await db.Set<PowerItem>().AsNoTracking().Where(i => i.Id == itemId)
            .Join(db.Set<Organization>(), i => i.OrganizationId, o => o.Id, (i, o) => new { i.OrganizationId, i.Id, o.Name }).FirstOrDefaultAsync(ct);
        return link is null ? null : (link.OrganizationId, link.Id, link.Name);
    }
}
