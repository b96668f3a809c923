using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Portal;

/// <summary>/gfxwj: the district-wide library of 行政规范性文件 (one organ's with ?org=), filtered by
/// organ, year, topic, validity and 发文字号 parts; a whole 发文字号 in any bracket style fills the parts.</summary>
public sealed class LibraryModel(GongkaiDbContext db, NormativeLibrary library, CompilationService compilations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public LibraryFilter Filter { get; set; } = new();

    /// <summary>A whole 发文字号 as typed, e.g. 江津府办发[2020]132号.</summary>
    [BindProperty(SupportsGet = true, Name = "number")]
    public string? WholeNumber { get; set; }

    public string? NumberError { get; private set; }

    public List<LibraryRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public List<Organization> Organs { get; private set; } = [];

    /// <summary>Published 文件汇编: the district's on the district-wide library, the organ's on its own list.</summary>
    public List<Compilation> Compilations { get; private set; } = [];

    public Organization? Organ => Organs.FirstOrDefault(o => o.Id == Filter.Org);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(WholeNumber))
        {
            if (Domain.NormativeDocuments.DocumentNumber.TryParse(WholeNumber, out var n, out var error))
            {
                Filter.Prefix = n!.Prefix;
                Filter.NumberYear = n.Year;
                Filter.Number = n.Number;
            }
            else
            {
                NumberError = error;
            }
        }

        var withDocs = db.Set<NormativeDocument>().Select(d => d.OrganizationId);
        Organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && withDocs.Contains(o.Id))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        (Rows, Total) = await library.SearchAsync(Filter, ct);
        Compilations = await compilations.PublishedAsync(Filter.Org, ct);
    }

    public string PageUrl(int page)
    {
        var q = new Dictionary<string, string?>
        {
            ["Filter.Org"] = Filter.Org?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.Year"] = Filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.Topic"] = Filter.Topic,
            ["Filter.Validity"] = Filter.Validity?.ToString(),
            ["Filter.Prefix"] = Filter.Prefix,
            ["Filter.NumberYear"] = Filter.NumberYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.Number"] = Filter.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.Page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/gfxwj", q.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public static int PageSize => PublicItems.PageSize;
}
