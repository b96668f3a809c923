using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.NormativeDocuments.Portal;

/// <summary>/gfxwj/compilations/{id}: a published 文件汇编 with its table of contents and Word download.</summary>
public sealed class CompilationPageModel(CompilationService compilations) : PageModel
{
    public Compilation Compilation { get; private set; } = null!;

    public List<LibraryRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await compilations.PublicAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        (Compilation, Rows) = found;
        return Page();
    }
}
