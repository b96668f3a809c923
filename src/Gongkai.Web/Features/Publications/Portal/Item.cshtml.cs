using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Portal;

/// <summary>/xxgk/{orgId}/item/{id}: an item with its catalogue metadata. Anything not public at
/// this moment (draft, withdrawn, scheduled for later) is a plain 404.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
public sealed class ItemModel(GongkaiDbContext db, AttachmentService attachments, Related.RelatedItems related, TimeProvider clock) : PageModel
{
    /// <summary>The files of the public revision.</summary>
    public List<PublicationAttachment> Attachments { get; private set; } = [];

    public Publication Item { get; private set; } = null!;

    public Organization Organ { get; private set; } = null!;

    public PublicationColumn Column { get; private set; } = null!;

    /// <summary>相关信息: linked items that are public now (e.g. the policy's interpretation).</summary>
    public List<Related.RelatedItems.Link> Related { get; private set; } = [];

    /// <summary>Every version the public has seen, oldest first: the revision history (更正记录).</summary>
    public List<PublishedVersion> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int orgId, int id, CancellationToken ct)
    {
        var item = await db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow())
            .FirstOrDefaultAsync(p => p.Id == id && p.OrganizationId == orgId, ct);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        Organ = await db.Set<Organization>().AsNoTracking().FirstAsync(o => o.Id == orgId, ct);
        Column = await db.Set<PublicationColumn>().AsNoTracking().FirstAsync(c => c.Id == item.ColumnId, ct);
        if (item.PublishedRevisionNumber is { } revision)
        {
            Attachments = await attachments.ListAsync(item.Id, revision, ct);
            History = await db.Set<PublicationRevision>().AsNoTracking()
                .Where(r => r.PublicationId == item.Id && r.Number <= revision && r.PublishedAt != null)
                .OrderBy(r => r.Number).Select(r => new PublishedVersion(r.Number, r.PublishedAt!.Value, r.RevisionNote)).ToListAsync(ct);
        }

        Related = await related.ListAsync(item.Id, includeUnpublished: false, ct);
        return Page();
    }

    /// <summary><c>?view=print</c>: the 打印版, the item without the site's navigation and footer.</summary>
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool PrintView => View == "print";

    public DateTimeOffset? PublishedAt => Item.PublishedAt ?? Item.ScheduledFor;

    public sealed record PublishedVersion(int Number, DateTimeOffset PublishedAt, string? Note);
}
