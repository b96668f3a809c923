using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/cleanup/{id}: mark each document (editor), publish the result list (reviewer).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeCleanupModel(GongkaiDbContext db, CleanupService service, PublicationAccess access, NormativeStaff staff,
    ILogger<NormativeCleanupModel> log) : PageModel
{
    public NormativeCleanup Cleanup { get; private set; } = null!;

    public Dictionary<int, (string Number, string Title)> Documents { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostMarkAsync(int id, Dictionary<int, CleanupDecision?> decisions, CancellationToken ct) =>
        ActAsync(id, "标注清理结果", c => service.MarkAsync(c, decisions, ct), "清理标注已保存。", ct);

    public Task<IActionResult> OnPostPublishAsync(int id, DateOnly? on, CancellationToken ct) =>
        ActAsync(id, "发布清理结果", c => service.PublishAsync(c, on, ct), "清理结果已发布。", ct);

    private async Task<IActionResult> ActAsync(int id, string action, Func<NormativeCleanup, Task> act, string done, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        try
        {
            await act(Cleanup);
            Message = done;
            return Redirect($"/admin/normative/cleanup/{id}");
        }
        catch (PublicationForbiddenException)
        {
            await staff.DeniedAsync(Cleanup.OrganizationId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (NormativeRuleException ex)
        {
            log.LogInformation("Cleanup {Id}: {Action} refused: {Error}", id, action, ex.Message);
            Error = ex.Message;
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var c = await service.FindAsync(id, ct);
        if (c is null)
        {
            return NotFound();
        }

        Cleanup = c;
        var ids = c.Items.Select(i => i.DocumentId).ToList();
        Documents = await (from d in db.Set<NormativeDocument>()
                           join p in db.Set<Publication>() on d.PublicationId equals p.Id
                           where ids.Contains(d.Id)
                           select new { d.Id, d.DocumentNumber, p.Title }).ToDictionaryAsync(x => x.Id, x => (x.DocumentNumber, x.Title), ct);
        CanEdit = await access.CanEditAsync(c.OrganizationId, ct);
        CanReview = await access.CanReviewAsync(c.OrganizationId, ct);
        return null;
    }
}
