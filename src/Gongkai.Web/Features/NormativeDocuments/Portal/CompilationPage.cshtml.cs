using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Portal;

/// <summary>/gfxwj/compilations/{id}: a published 文件汇编 with its table of contents and Word download.</summary>
public sealed class CompilationPageModel(CompilationService compilations, GongkaiDbContext db) : PageModel
{
    public Compilation Compilation { get; private set; } = null!;

    public List<LibraryRow> Rows { get; private set; } = [];

    /// <summary>The organ that compiled it (the district office for a district-wide one).</summary>
    public string Organ { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await compilations.PublicAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        (Compilation, Rows) = found;
        Organ = await db.Set<Organization>().Where(o => o.Id == Compilation.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        return Page();
    }
}
