using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs.Admin;

/// <summary>/admin/standard-catalogs: the organs whose catalogues the person keeps, and for the
/// district office the names of the 26 areas.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CatalogueIndexModel(GongkaiDbContext db, StaffAccess staff, StandardCatalogAccess access, StandardCatalogService service) : PageModel
{
    public List<(Organization Organ, int Areas)> Organs { get; private set; } = [];

    public List<CatalogueArea> Areas { get; private set; } = [];

    public bool CanEditAreas { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRenameAsync(int areaId, string? name, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanEditAreas)
        {
            return Forbid();
        }

        Error = await service.RenameAreaAsync(areaId, name, ct);
        if (Error is not null)
        {
            return Page();
        }

        Message = "领域名称已修改。";
        return Redirect("/admin/standard-catalogs");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var readable = await staff.ReadableOrganizationsAsync(ct);
        var organs = await db.Set<Organization>().AsNoTracking()
            .Where(o => o.IsActive && o.Kind != OrganizationKind.Party && (readable == null || readable.Contains(o.Id)))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Take(500).ToListAsync(ct);
        var ids = organs.Select(o => o.Id).ToList();
        var counts = await db.Set<CatalogueAdoption>().Where(a => ids.Contains(a.OrganizationId)).GroupBy(a => a.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Organs = organs.Select(o => (o, counts.GetValueOrDefault(o.Id))).ToList();
        Areas = await service.AreasAsync(ct);
        CanEditAreas = await access.CanEditAsync(null, ct);
    }
}
