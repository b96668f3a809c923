using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Features.Publications.Related;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Portal;

/// <summary>/xxgk/{orgId}/item/{id}: an item with its catalogue metadata. Anything not public at
/// this moment (draft, withdrawn, scheduled for later) is a plain 404.
/// With a million items nearly every read of this page misses the output cache, so the render path
/// is kept to one database round trip: the item with its files, history and related items in one
/// compiled query (<see cref="Load"/>); the organ and its columns come from the in-memory tree
/// (<see cref="ColumnTree.PublicAsync"/>).</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
public sealed class ItemModel(GongkaiDbContext db, ColumnTree tree, TimeProvider clock) : PageModel
{
    /// <summary>The files of the public revision.</summary>
    public List<FileLink> Attachments { get; private set; } = [];

    public Publication Item { get; private set; } = null!;

    public Organization Organ { get; private set; } = null!;

    public PublicationColumn Column { get; private set; } = null!;

    /// <summary>相关信息: linked items that are public now (e.g. the policy's interpretation).</summary>
    public List<RelatedItems.Link> Related { get; private set; } = [];

    /// <summary>Every version the public has seen, oldest first: the revision history (更正记录).</summary>
    public List<PublishedVersion> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int orgId, int id, CancellationToken ct)
    {
        var found = await Load(db, id, orgId, clock.GetUtcNow());
        if (found is null)
        {
            return NotFound();
        }

        Item = found.Item;
        Attachments = found.Attachments;
        History = found.History;
        // Newest first, as RelatedItems lists them; a link reaches the item from either side.
        Related = found.Related.OrderByDescending(l => l.PublishedAt).ToList();

        var organTree = await tree.PublicAsync(orgId, ct);
        var column = organTree?.Columns.FirstOrDefault(c => c.Id == found.Item.ColumnId);
        if (organTree is not null && column is null)
        {
            // A column added since the tree was read (another feature or node): read it once more.
            tree.ForgetPublic(orgId);
            organTree = await tree.PublicAsync(orgId, ct);
            column = organTree?.Columns.FirstOrDefault(c => c.Id == found.Item.ColumnId);
        }

        // An item stays readable when its organ has since been merged or closed (no platform of its
        // own any more): then the organ and column are read as before the tree was kept in memory.
        Organ = organTree?.Organ ?? await db.Set<Organization>().AsNoTracking().FirstAsync(o => o.Id == orgId, ct);
        Column = column ?? await db.Set<PublicationColumn>().AsNoTracking().FirstAsync(c => c.Id == found.Item.ColumnId, ct);
        return Page();
    }

    /// <summary>The public item with everything the page shows of it, in one statement: EF Core joins
    /// the three small collections to the item row (typically none or one or two rows each).
    /// Public means <see cref="PublicItems.VisibleAt"/>, written out for the item and for the related
    /// items: a compiled query is one expression tree, in which that extension cannot be called.</summary>
    private static readonly Func<GongkaiDbContext, int, int, DateTimeOffset, Task<Loaded?>> Load =
        EF.CompileAsyncQuery((GongkaiDbContext db, int id, int orgId, DateTimeOffset now) =>
            db.Set<Publication>().AsNoTracking()
                .Where(p => p.Status == PublicationStatus.Published || (p.Status == PublicationStatus.Scheduled && p.ScheduledFor <= now))
                .Where(p => p.Id == id && p.OrganizationId == orgId)
                .Select(p => new Loaded(
                    p,
                    db.Set<PublicationAttachment>()
                        .Where(a => a.PublicationId == p.Id && a.RevisionNumber == p.PublishedRevisionNumber)
                        .OrderBy(a => a.Id)
                        .Select(a => new FileLink(a.Id, a.FileName, a.Kind, a.Length)).ToList(),
                    p.Revisions
                        .Where(r => r.Number <= p.PublishedRevisionNumber && r.PublishedAt != null)
                        .OrderBy(r => r.Number)
                        .Select(r => new PublishedVersion(r.Number, r.PublishedAt!.Value, r.RevisionNote)).ToList(),
                    (from r in db.Set<PublicationRelation>()
                     where r.PublicationId == p.Id || r.RelatedId == p.Id
                     join o in db.Set<Publication>().Where(o => o.Status == PublicationStatus.Published || (o.Status == PublicationStatus.Scheduled && o.ScheduledFor <= now))
                         on (r.PublicationId == p.Id ? r.RelatedId : r.PublicationId) equals o.Id
                     select new RelatedItems.Link(r.Id, o.Id, o.OrganizationId, o.Title, o.IndexNumber, o.PublishedAt)).ToList()))
                .FirstOrDefault());

    /// <summary><c>?view=print</c>: the 打印版, the item without the site's navigation and footer.</summary>
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool PrintView => View == "print";

    public DateTimeOffset? PublishedAt => Item.PublishedAt ?? Item.ScheduledFor;

    public sealed record PublishedVersion(int Number, DateTimeOffset PublishedAt, string? Note);

    /// <summary>What the page lists of a file: not its extracted text, which can be long.</summary>
    public sealed record FileLink(int Id, string FileName, AttachmentKind Kind, long Length);

    private sealed record Loaded(Publication Item, List<FileLink> Attachments, List<PublishedVersion> History, List<RelatedItems.Link> Related);
}
