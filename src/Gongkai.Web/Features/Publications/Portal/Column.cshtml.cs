using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Portal;

/// <summary>/xxgk/{orgId}/{columnKey}: a column's public items, 20 a page, newest or oldest first.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
public sealed class ColumnModel(GongkaiDbContext db, ColumnTree tree, TimeProvider clock) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public PublicationColumn Column { get; private set; } = null!;

    public List<Publication> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public bool Ascending => Sort == "asc";

    public int PageCount => Math.Max(1, (Total + PublicItems.PageSize - 1) / PublicItems.PageSize);

    // The page number is read from the query string only: "page" is also Razor Pages' own route
    // value (the page's path), which a [BindProperty(Name = "page")] binds first, so ?page=2 showed page 1.
    public async Task<IActionResult> OnGetAsync(int orgId, string columnKey, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (await PortalOrgan.FindAsync(db, tree, orgId, ct) is not { } found || found.Columns.FirstOrDefault(c => c.Key == columnKey) is not { } column)
        {
            return NotFound();
        }

        (Organ, Column) = (found.Organ, column);
        var ids = found.Columns.Where(c => c.Id == column.Id || c.ParentId == column.Id).Select(c => c.Id).ToList();
        var query = db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow()).Where(p => ids.Contains(p.ColumnId));
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        query = Ascending ? query.OrderBy(p => p.PublishedAt).ThenBy(p => p.Id) : query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id);
        Items = await query.Skip((PageNumber - 1) * PublicItems.PageSize).Take(PublicItems.PageSize).ToListAsync(ct);
        return Page();
    }
}
