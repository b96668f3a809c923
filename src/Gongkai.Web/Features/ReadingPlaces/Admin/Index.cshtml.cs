using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ReadingPlaces.Admin;

/// <summary>/admin/reading-places: the places of the organs the person may read; editors register new ones.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReadingPlacesAdminModel(GongkaiDbContext db, StaffAccess staff, ReadingPlaceService service) : PageModel
{
    public List<ReadingPlaceQueries.Line> Places { get; private set; } = [];

    public List<Organization> Editable { get; private set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = [];

    [BindProperty]
    public ReadingPlaceInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!await service.CanEditAsync(Input.OrganizationId, ct))
        {
            return Forbid();
        }

        var (place, errors) = await service.SaveAsync(null, Input, ct);
        if (place is null)
        {
            Errors = errors;
            return Page();
        }

        return Redirect($"/admin/reading-places/{place.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var readable = await staff.ReadableOrganizationsAsync(ct);
        Places = (await ReadingPlaceQueries.PublicAsync(db, null, ct)).Where(p => readable is null || readable.Contains(p.Place.OrganizationId)).ToList();
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind != OrganizationKind.Party).OrderBy(o => o.SortOrder).ToListAsync(ct);
        Editable = [];
        foreach (var o in organs)
        {
            if (await staff.HasRoleAsync(o.Id, BusinessRole.Editor, ct))
            {
                Editable.Add(o);
            }
        }
    }
}
