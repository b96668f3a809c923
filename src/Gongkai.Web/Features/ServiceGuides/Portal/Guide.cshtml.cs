using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.PowerLists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ServiceGuides.Portal;

/// <summary>/bszn/{id}: a published guide, every element, the forms and samples to download, and
/// the 权责清单 item with the same 事项编码 (the organ's own first). <c>?view=print</c> is the 打印版.</summary>
[OutputCache(PolicyName = ServiceGuideCache.PolicyName)]
public sealed class ServiceGuidePageModel(GongkaiDbContext db, TimeProvider clock) : PageModel
{
    public ServiceGuide Guide { get; private set; } = null!;

    public string Organ { get; private set; } = "";

    public Dictionary<int, ServiceGuideFile> Files { get; private set; } = [];

    public PowerItem? PowerItem { get; private set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool PrintView => View == "print";

    public ServiceGuideFile? File(int? id) => id is { } i ? Files.GetValueOrDefault(i) : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await db.Set<ServiceGuide>().AsNoTracking().Include(g => g.Materials)
            .Where(g => g.Id == id && g.Status == ServiceGuideStatus.Published)
            .Join(db.Set<Organization>().Where(o => o.IsActive), g => g.OrganizationId, o => o.Id, (g, o) => new { Guide = g, o.Name })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound();
        }

        (Guide, Organ) = (found.Guide, found.Name);
        Files = await db.Set<ServiceGuideFile>().AsNoTracking().Where(f => f.GuideId == id).ToDictionaryAsync(f => f.Id, ct);
        if (Guide.Code is { Length: > 0 } code)
        {
            var today = Shared.ChinaTime.Today(clock);
            PowerItem = await db.Set<PowerItem>().AsNoTracking().CurrentOn(today).Where(i => i.Code == code)
                .OrderBy(i => i.OrganizationId == Guide.OrganizationId ? 0 : 1).ThenBy(i => i.Id).FirstOrDefaultAsync(ct);
        }

        return Page();
    }
}
