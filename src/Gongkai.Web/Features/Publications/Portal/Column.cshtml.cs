using System.Globalization;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Gongkai.Web.Shared.Caching;

namespace Gongkai.Web.Features.Publications.Portal;

/// <summary>/xxgk/{orgId}/{columnKey}: a column's public items, 20 a page, newest or oldest first.
/// Like the item page, mostly served uncached on a large platform: the organ and its columns come from
/// the in-memory tree, the page of items is one prepared statement (<see cref="PublicPageReads"/>).</summary>
[OutputCache(PolicyName = PortalCache.PolicyName)]
public sealed class ColumnModel(PublicPageReads reads, ColumnTree tree, PortalCache cache, TimeProvider clock) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public PublicationColumn Column { get; private set; } = null!;

    public List<Listed> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public string? Sort { get; private set; }

    public bool Ascending => Sort == "asc";

    public int PageCount => Math.Max(1, (Total + PublicItems.PageSize - 1) / PublicItems.PageSize);

    public async Task<IActionResult> OnGetAsync(int orgId, string columnKey, CancellationToken ct)
    {
        // The query is read as it stands, not model-bound: binding and validating the two values was
        // a twentieth of an uncached page. ("page" must come from the query anyway: it is also Razor
        // Pages' own route value, which a [BindProperty(Name = "page")] bound first.) Anything but a
        // plain number is page 1, as binding made it.
        Sort = Request.Query["sort"];
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? asked : null;
        if (await tree.PublicAsync(orgId, ct) is not { } found)
        {
            return NotFound();
        }

        if (found.Columns.FirstOrDefault(c => c.Key == columnKey) is not { } column)
        {
            // Not in the memo: perhaps a column another feature or node added since; read the tree once more.
            tree.ForgetPublic(orgId);
            if (await tree.PublicAsync(orgId, ct) is not { } reread || reread.Columns.FirstOrDefault(c => c.Key == columnKey) is not { } added)
            {
                return NotFound();
            }

            (found, column) = (reread, added);
        }

        (Organ, Column) = (found.Organ, column);
        var ids = found.Columns.Where(c => c.Id == column.Id || c.ParentId == column.Id).Select(c => c.Id).ToList();
        var now = clock.GetUtcNow();
        // The count is kept with the organ's memos: every change to the organ's items evicts them
        // with its pages (and a scheduled release clears them all), so a miss on any page of the
        // column does not count the column again.
        Total = await cache.MemoAsync(TotalMemo + column.Id.ToString(CultureInfo.InvariantCulture), orgId, c => reads.CountAsync(ids, now, c), ct);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        // Only what the list shows, not the bodies.
        Items = await reads.PageAsync(ids, now, Ascending, (PageNumber - 1) * PublicItems.PageSize, PublicItems.PageSize, Total, ct);
        return Page();
    }

    private const string TotalMemo = "column-total:";

    public sealed record Listed(int Id, string Title, DateTimeOffset? PublishedAt);
}
