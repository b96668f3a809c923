using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Portal;

/// <summary>/gfxwj/cleanups/{id}: a published 清理 result list.</summary>
public sealed class CleanupPageModel(GongkaiDbContext db, NormativeLibrary library) : PageModel
{
    public NormativeCleanup Cleanup { get; private set; } = null!;

    public string Organ { get; private set; } = "";

    public List<(LibraryRow Row, Domain.NormativeDocuments.CleanupDecision Decision)> Rows { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var c = await db.Set<NormativeCleanup>().AsNoTracking().Include(x => x.Items).FirstOrDefaultAsync(x => x.Id == id && x.PublishedAt != null, ct);
        if (c is null)
        {
            return NotFound();
        }

        Cleanup = c;
        Organ = await db.Set<Organization>().Where(o => o.Id == c.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        var ids = c.Items.Select(i => i.DocumentId).ToList();
        var docs = await library.Visible().Include(d => d.Changes).Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var rows = (await library.RowsAsync(docs, ct)).ToDictionary(r => r.Document.Id);
        foreach (var item in c.Items.OrderBy(i => i.Id).Where(i => rows.ContainsKey(i.DocumentId)))
        {
            Rows.Add((rows[item.DocumentId], item.Decision!.Value));
        }

        return Page();
    }
}
