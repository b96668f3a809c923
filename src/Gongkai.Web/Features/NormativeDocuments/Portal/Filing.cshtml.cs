using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.NormativeDocuments.Portal;

/// <summary>/gfxwj/filing: the justice bureau's 备案审查 list: public documents filed for review, with
/// filing number, date and result.</summary>
public sealed class FilingModel(NormativeLibrary library) : PageModel
{
    public List<LibraryRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        PageNumber = Math.Max(1, page ?? 1);
        (Rows, Total) = await library.SearchAsync(new LibraryFilter { FiledOnly = true, Page = PageNumber }, ct);
    }
}
