using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Spreadsheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs.Admin;

/// <summary>/admin/standard-catalogs/{orgId}: the organ's adopted areas and its catalogue rows, with
/// every import warning and the column each proactive website row maps to. Editors choose the areas
/// and import an area's catalogue (.xlsx/.csv in the published layout).</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(SpreadsheetUpload.MaxFileBytes * 2)]
[RequestFormLimits(MultipartBodyLengthLimit = SpreadsheetUpload.MaxFileBytes * 2)]
public sealed class CatalogueOrganAdminModel(GongkaiDbContext db, StandardCatalogAccess access, StandardCatalogService service) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public List<CatalogueArea> Areas { get; private set; } = [];

    public HashSet<int> Adopted { get; private set; } = [];

    public List<CatalogueEntry> Rows { get; private set; } = [];

    public Dictionary<int, string> ColumnTitles { get; private set; } = [];

    public CatalogueImportResult? Result { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct) => await LoadAsync(orgId, ct) ?? Page();

    public async Task<IActionResult> OnPostAdoptAsync(int orgId, int[] areas, CancellationToken ct)
    {
        if (await LoadAsync(orgId, ct) is { } refused)
        {
            return refused;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        await service.AdoptAsync(orgId, Areas.Where(a => areas.Contains(a.Id)).Select(a => a.Id).ToList(), ct);
        Message = "采用领域已保存。";
        return Redirect(StandardCatalogUrls.Admin(orgId));
    }

    public async Task<IActionResult> OnPostImportAsync(int orgId, int areaId, CancellationToken ct)
    {
        if (await LoadAsync(orgId, ct) is { } refused)
        {
            return refused;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var area = Areas.FirstOrDefault(a => a.Id == areaId);
        if (area is null || Upload is not { Length: > 0 })
        {
            Error = area is null ? "请选择领域。" : "请选择目录文件（.xlsx 或 .csv）。";
            return Page();
        }

        var (rows, error) = await StandardCatalogsApi.FromFileAsync(Upload, ct);
        if (rows is null)
        {
            Error = error;
            return Page();
        }

        Result = await service.ImportAsync(orgId, area, rows, dryRun: false, ct);
        if (!Result.Saved)
        {
            Error = $"有 {Result.Failed} 行不符合要求，目录未保存，请修改后重新导入。";
            return Page();
        }

        await LoadAsync(orgId, ct);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int orgId, CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId && o.IsActive, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await access.CanViewAsync(orgId, ct))
        {
            return Forbid();
        }

        Organ = organ;
        CanEdit = await access.CanEditAsync(orgId, ct);
        Areas = await service.AreasAsync(ct);
        Adopted = (await db.Set<CatalogueAdoption>().Where(a => a.OrganizationId == orgId).Select(a => a.AreaId).ToListAsync(ct)).ToHashSet();
        Rows = await db.Set<CatalogueEntry>().AsNoTracking().Where(e => e.OrganizationId == orgId).OrderBy(e => e.AreaId).ThenBy(e => e.Sequence).ToListAsync(ct);
        ColumnTitles = await db.Set<PublicationColumn>().AsNoTracking().Where(c => c.OrganizationId == orgId).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        return null;
    }
}
