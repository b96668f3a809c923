using Gongkai.Web.Data;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Portal;

/// <summary>/zcjd/{publicationId}: an interpretation with the documents it explains.</summary>
public sealed class InterpretationModel(GongkaiDbContext db, NormativeLibrary library, TimeProvider clock) : PageModel
{
    public Publication Publication { get; private set; } = null!;

    public PolicyInterpretation Interpretation { get; private set; } = null!;

    public string Organ { get; private set; } = "";

    public List<LibraryRow> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var p = await db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow()).FirstOrDefaultAsync(x => x.Id == id, ct);
        var i = await db.Set<PolicyInterpretation>().AsNoTracking().Include(x => x.Links).FirstOrDefaultAsync(x => x.PublicationId == id, ct);
        if (p is null || i is null)
        {
            return NotFound();
        }

        Publication = p;
        Interpretation = i;
        Organ = await db.Set<Organization>().Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        var ids = i.Links.Select(l => l.DocumentId).ToList();
        var docs = await library.Visible().Include(d => d.Changes).Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        Documents = await library.RowsAsync(docs, ct);
        return Page();
    }
}
