using Gongkai.Domain.Concerns;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.NormativeDocuments.Admin;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Concerns.Admin;

/// <summary>/admin/concerns/new?org=&amp;kind=: a draft in one of the concern columns with its
/// template's fields; reviewed and published on the item's page like any publication.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ConcernNewModel(GongkaiDbContext db, ConcernService service, PublicationAccess access, NormativeStaff staff,
    TimeProvider clock, ILogger<ConcernNewModel> log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int OrganizationId { get; set; }

    [BindProperty]
    public PublicationInput Item { get; set; } = new();

    [BindProperty]
    public ConcernInput Input { get; set; } = new();

    public string OrganizationName { get; private set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(ConcernColumnKind kind, CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied)
        {
            return denied;
        }

        Input.Kind = kind;
        Item.FormedOn = ChinaTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied)
        {
            return denied;
        }

        try
        {
            var publicationId = await service.CreateAsync(OrganizationId, Item, Input, ct);
            TempData["Message"] = $"{ConcernColumns.Of(Input.Kind).Title}草稿已保存，请在本页送审。";
            return Redirect($"/admin/publications/{publicationId}");
        }
        catch (PublicationRuleException ex)
        {
            log.LogInformation("Concern item not created for organ {Org}: {Error}", OrganizationId, ex.Message);
            Error = ex.Message;
            return Page();
        }
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == OrganizationId, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await access.CanEditAsync(OrganizationId, ct))
        {
            await staff.DeniedAsync(OrganizationId, "新建回应关切栏目信息", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        OrganizationName = organ.Name;
        return null;
    }
}
