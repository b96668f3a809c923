using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/{id}: the document's own fields (editor), lifecycle acts (reviewer) and
/// relations (editor). Title, text, files and review are on the publication's page.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeDetailModel(GongkaiDbContext db, NormativeService service, PublicationAccess access, NormativeStaff staff,
    TimeProvider clock, ILogger<NormativeDetailModel> log) : PageModel
{
    public NormativeDocument Document { get; private set; } = null!;

    public Publication Publication { get; private set; } = null!;

    public ValidityState State { get; private set; } = null!;

    [BindProperty]
    public NormativeInput Input { get; set; } = new();

    public List<(string Label, string Number, int Id)> Relations { get; } = [];

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        Input = NormativeInput.From(Document);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) =>
        ActAsync(id, "修改规范性文件", d => service.UpdateAsync(d, Input, ct), "已保存。", ct);

    public Task<IActionResult> OnPostChangeAsync(int id, NormativeValidity to, DateOnly? on, string? cause, string? note, CancellationToken ct) =>
        ActAsync(id, "变更规范性文件有效性", d => on is { } day
            ? service.ChangeValidityAsync(d, to, day, cause, note, ct)
            : throw new NormativeRuleException("请填写生效日期。"), "有效性变更已记录。", ct);

    public Task<IActionResult> OnPostRelateAsync(int id, RelationKind kind, string? other, CancellationToken ct) =>
        ActAsync(id, "添加规范性文件关联", d => service.AddRelationAsync(d, kind, other, ct), "关联已添加。", ct);

    private async Task<IActionResult> ActAsync(int id, string action, Func<NormativeDocument, Task> act, string done, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        try
        {
            await act(Document);
            Message = done;
            return Redirect($"/admin/normative/{id}");
        }
        catch (PublicationForbiddenException)
        {
            await staff.DeniedAsync(Document.OrganizationId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (NormativeRuleException ex)
        {
            log.LogInformation("Normative document {Id}: {Action} refused: {Error}", id, action, ex.Message);
            Error = ex.Message;
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var d = await service.FindAsync(id, ct);
        if (d is null)
        {
            return NotFound();
        }

        Document = d;
        Publication = await db.Set<Publication>().AsNoTracking().FirstAsync(p => p.Id == d.PublicationId, ct);
        State = d.StateOn(ChinaTime.Today(clock));
        CanEdit = await access.CanEditAsync(d.OrganizationId, ct);
        CanReview = await access.CanReviewAsync(d.OrganizationId, ct);
        var rels = await db.Set<NormativeRelation>().AsNoTracking().Where(r => r.FromDocumentId == id || r.ToDocumentId == id).ToListAsync(ct);
        var otherIds = rels.Select(r => r.FromDocumentId == id ? r.ToDocumentId : r.FromDocumentId).ToList();
        var numbers = await db.Set<NormativeDocument>().Where(x => otherIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.DocumentNumber, ct);
        Relations.Clear();
        foreach (var r in rels)
        {
            var forward = r.FromDocumentId == id;
            var other = forward ? r.ToDocumentId : r.FromDocumentId;
            Relations.Add((NormativeLabels.Of(r.Kind, forward), numbers[other], other));
        }

        return null;
    }
}
