using Gongkai.Domain.NormativeDocuments;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/new?org=: a normative document's draft, publication fields and its own;
/// saved as a draft in 第二十条第（一）项 and then taken through review on the item's page.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeNewModel(GongkaiDbContext db, NormativeService service, PublicationAccess access, NormativeStaff staff,
    TimeProvider clock, ILogger<NormativeNewModel> log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int OrganizationId { get; set; }

    [BindProperty]
    public PublicationInput Item { get; set; } = new();

    [BindProperty]
    public NormativeInput Input { get; set; } = new();

    public string OrganizationName { get; private set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied)
        {
            return denied;
        }

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
            var id = await service.CreateAsync(OrganizationId, Item, Input, ct);
            var publicationId = await db.Set<NormativeDocument>().Where(d => d.Id == id).Select(d => d.PublicationId).FirstAsync(ct);
            TempData["Message"] = "规范性文件草稿已保存，请在本页送审。";
            return Redirect($"/admin/publications/{publicationId}");
        }
        catch (Exception ex) when (ex is NormativeRuleException or PublicationRuleException)
        {
            log.LogInformation("Normative document not created for organ {Org}: {Error}", OrganizationId, ex.Message);
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
            await staff.DeniedAsync(OrganizationId, "新建规范性文件", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        OrganizationName = organ.Name;
        return null;
    }
}
