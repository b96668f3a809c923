using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Portal;

/// <summary>/gfxwj/{id}: a document's metadata, text, original files, validity with its date,
/// relations both ways; other features add blocks below it (its interpretations, 政策问答) through
/// <see cref="Shared.Slots.PageSlot.NormativeDocumentFoot"/>.</summary>
public sealed class DocumentModel(GongkaiDbContext db, NormativeLibrary library, TimeProvider clock) : PageModel
{
    public NormativeDocument Document { get; private set; } = null!;

    public Publication Publication { get; private set; } = null!;

    public string Organ { get; private set; } = "";

    public ValidityState State { get; private set; } = null!;

    public List<PublicationAttachment> Attachments { get; private set; } = [];

    public List<(string Label, LibraryRow Row)> Relations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var d = await library.FindVisibleAsync(id, ct);
        if (d is null)
        {
            return NotFound();
        }

        Document = d;
        Publication = await db.Set<Publication>().AsNoTracking().FirstAsync(p => p.Id == d.PublicationId, ct);
        Organ = await db.Set<Organization>().Where(o => o.Id == d.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        State = d.StateOn(ChinaTime.Today(clock));
        Attachments = await db.Set<PublicationAttachment>().AsNoTracking()
            .Where(a => a.PublicationId == d.PublicationId && a.RevisionNumber == Publication.PublishedRevisionNumber).OrderBy(a => a.Id).ToListAsync(ct);
        Relations = await library.RelationsAsync(id, ct);
        return Page();
    }
}
