using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists.Portal;

/// <summary>/qzqd: the district-wide 权责清单 across all organs, filtered by organ and type.</summary>
public sealed class DistrictModel(GongkaiDbContext db, TimeProvider clock) : PowerListPageModel(db, clock)
{
    [BindProperty(SupportsGet = true, Name = "organization")]
    public int? OrganizationFilter { get; set; }

    public List<Organization> Organs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var withItems = Db.Set<PowerItem>().Where(i => i.Status == PowerItemStatus.Published).Select(i => i.OrganizationId).Distinct();
        Organs = (await Db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && withItems.Contains(o.Id))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct)).Where(o => OrganizationKinds.HasPlatform(o.Kind)).ToList();
        Organ = Organs.FirstOrDefault(o => o.Id == OrganizationFilter);
        await LoadAsync(page, ct);
        return Page();
    }
}
