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
/// is kept lean: the item, its files and whether it has links are prepared statements outside EF Core
/// (<see cref="PublicPageReads"/>), the organ and its columns come from the in-memory tree
/// (<see cref="ColumnTree.PublicAsync"/>). What few items have (links, a second version, an organ
/// since merged) is read through EF Core when there is something to read.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
public sealed class ItemModel(PublicPageReads reads, ColumnTree tree, TimeProvider clock) : PageModel
{
    /// <summary>The files of the public revision.</summary>
    public List<FileLink> Attachments { get; private set; } = [];

    public Publication Item { get; private set; } = null!;

    public Organization Organ { get; private set; } = null!;

    public PublicationColumn Column { get; private set; } = null!;

    /// <summary>相关信息: linked items that are public now (e.g. the policy's interpretation).</summary>
    public List<RelatedItems.Link> Related { get; private set; } = [];

    /// <summary>Every version the public has seen, oldest first: the revision history (更正记录);
    /// empty while the item has had only one version, which the page does not list.</summary>
    public List<PublishedVersion> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int orgId, int id, CancellationToken ct)
    {
        if (await reads.ItemAsync(orgId, id, clock.GetUtcNow(), ct) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        if (item.PublishedRevisionNumber is { } revision)
        {
            Attachments = await reads.FilesAsync(item.Id, revision, ct);
            // The page lists versions only from the second one on: for a first version (most
            // items) there is nothing to read.
            History = revision <= 1 ? [] : await Db.Set<PublicationRevision>().AsNoTracking()
                .Where(r => r.PublicationId == item.Id && r.Number <= revision && r.PublishedAt != null)
                .OrderBy(r => r.Number).Select(r => new PublishedVersion(r.Number, r.PublishedAt!.Value, r.RevisionNote)).ToListAsync(ct);
        }

        if (await reads.HasLinksAsync(item.Id, ct))
        {
            Related = await HttpContext.RequestServices.GetRequiredService<RelatedItems>().ListAsync(item.Id, includeUnpublished: false, ct);
        }

        var organTree = await tree.PublicAsync(orgId, ct);
        var column = organTree?.Columns.FirstOrDefault(c => c.Id == item.ColumnId);
        if (organTree is not null && column is null)
        {
            // A column added since the tree was read (another feature or node): read it once more.
            tree.ForgetPublic(orgId);
            organTree = await tree.PublicAsync(orgId, ct);
            column = organTree?.Columns.FirstOrDefault(c => c.Id == item.ColumnId);
        }

        // An item stays readable when its organ has since been merged or closed (no platform of its
        // own any more): then the organ and column are read as before the tree was kept in memory.
        Organ = organTree?.Organ ?? await Db.Set<Organization>().AsNoTracking().FirstAsync(o => o.Id == orgId, ct);
        Column = column ?? await Db.Set<PublicationColumn>().AsNoTracking().FirstAsync(c => c.Id == item.ColumnId, ct);
        return Page();
    }

    private GongkaiDbContext Db => HttpContext.RequestServices.GetRequiredService<GongkaiDbContext>();

    /// <summary><c>?view=print</c>: the 打印版, the item without the site's navigation and footer.</summary>
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool PrintView => View == "print";

    public DateTimeOffset? PublishedAt => Item.PublishedAt ?? Item.ScheduledFor;

    public sealed record PublishedVersion(int Number, DateTimeOffset PublishedAt, string? Note);

    /// <summary>What the page lists of a file: not its extracted text, which can be long.</summary>
    public sealed record FileLink(int Id, string FileName, AttachmentKind Kind, long Length);
}
