using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.NormativeDocuments.Admin;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Admin;

/// <summary>/admin/interpretations/{publicationId}/reactions: the 舆情 found after an
/// interpretation went public and the responses made; any staff of the organ reads, its editors record.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class InterpretationReactionsModel(GongkaiDbContext db, InterpretationReactions reactions, PublicationAccess access, NormativeStaff staff) : PageModel
{
    public Publication Interpretation { get; private set; } = null!;

    public List<InterpretationReaction> Rows { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public DateOnly? FoundOn { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? ResponseText { get; set; }

    [BindProperty]
    public DateOnly? RespondedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var p = await (from i in db.Set<PolicyInterpretation>()
                       join x in db.Set<Publication>() on i.PublicationId equals x.Id
                       where i.PublicationId == id
                       select x).AsNoTracking().FirstOrDefaultAsync(ct);
        if (p is null)
        {
            return NotFound();
        }

        if (!await access.CanViewAsync(p.OrganizationId, ct))
        {
            await staff.DeniedAsync(p.OrganizationId, "查看政策解读舆情", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Interpretation = p;
        Rows = await reactions.ListAsync(id, ct);
        CanEdit = await access.CanEditAsync(p.OrganizationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(int id, CancellationToken ct) =>
        await ActAsync(id, () => reactions.RecordAsync(id, FoundOn, Source, Summary, ResponseText, RespondedOn, ct), "舆情记录已保存。", ct);

    public async Task<IActionResult> OnPostRespondAsync(int id, int reactionId, CancellationToken ct) =>
        await ActAsync(id, () => reactions.RespondAsync(reactionId, ResponseText, RespondedOn, ct), "回应情况已保存。", ct);

    private async Task<IActionResult> ActAsync(int id, Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            Message = done;
            return Redirect($"/admin/interpretations/{id}/reactions");
        }
        catch (PublicationForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (PublicationRuleException ex)
        {
            Error = ex.Message;
            return await OnGetAsync(id, ct);
        }
    }
}
