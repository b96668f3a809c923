using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Related;

[Authorize(Policy = Policies.Staff)]
public sealed class RelatedManageModel(PublicationService publications, PublicationAccess access, RelatedItems related) : PageModel
{
    [BindProperty]
    public string? IndexNumber { get; set; }

    [BindProperty]
    public int RelationId { get; set; }

    public Publication Item { get; private set; } = null!;

    public List<RelatedItems.Link> Links { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!await access.CanEditAsync(Item.OrganizationId, ct))
        {
            return Forbid();
        }

        Error = await related.AddAsync(Item, IndexNumber, ct);
        if (Error is not null)
        {
            return Page();
        }

        TempData["Message"] = "已关联。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!await access.CanEditAsync(Item.OrganizationId, ct))
        {
            return Forbid();
        }

        await related.RemoveAsync(Item, RelationId, ct);
        TempData["Message"] = "已取消关联。";
        return RedirectToPage(new { id });
    }

    /// <summary>Someone who may not see the item learns nothing about it: a plain 404.</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await publications.FindAsync(id, ct) is not { } item)
        {
            return false;
        }

        Item = item;
        Links = await related.ListAsync(id, includeUnpublished: true, ct);
        return true;
    }
}
