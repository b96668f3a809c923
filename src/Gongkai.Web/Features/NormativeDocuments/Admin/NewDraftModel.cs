using Gongkai.Domain.NormativeDocuments;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>A staff page that creates the draft of a policy publication of one organ (a normative
/// document, an interpretation): only the organ's editors may open it, a refusal is audited naming
/// the action, and a rule broken keeps the form with the Chinese message. The draft is then taken
/// through review on the item's page.</summary>
public abstract class NewDraftModel(GongkaiDbContext db, PublicationAccess access, NormativeStaff staff, TimeProvider clock, ILogger log) : PageModel
{
    protected GongkaiDbContext Db { get; } = db;

    [BindProperty(SupportsGet = true, Name = "org")]
    public int OrganizationId { get; set; }

    [BindProperty]
    public PublicationInput Item { get; set; } = new();

    public string OrganizationName { get; private set; } = "";

    public string? Error { get; private set; }

    /// <summary>The action named in the audit entry of a refusal, e.g. 新建规范性文件.</summary>
    protected abstract string ActionName { get; }

    /// <summary>The message shown on the item's page after the draft is saved.</summary>
    protected abstract string SavedMessage { get; }

    /// <summary>Saves the draft; returns its publication's id.</summary>
    protected abstract Task<int> CreateDraftAsync(CancellationToken ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied)
        {
            return denied;
        }

        try
        {
            var publicationId = await CreateDraftAsync(ct);
            TempData["Message"] = SavedMessage;
            return Redirect($"/admin/publications/{publicationId}");
        }
        catch (Exception ex) when (ex is NormativeRuleException or PublicationRuleException)
        {
            log.LogInformation("{Action} refused for organ {Org}: {Error}", ActionName, OrganizationId, ex.Message);
            Error = ex.Message;
            return Page();
        }
    }

    /// <summary>The empty form, dated today.</summary>
    protected async Task<IActionResult> ShowFormAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied)
        {
            return denied;
        }

        Item.FormedOn = ChinaTime.Today(clock);
        return Page();
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct)
    {
        var organ = await Db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == OrganizationId, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await access.CanEditAsync(OrganizationId, ct))
        {
            await staff.DeniedAsync(OrganizationId, ActionName, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        OrganizationName = organ.Name;
        return null;
    }
}
