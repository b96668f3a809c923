using Gongkai.Domain.Consultations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations.Admin;

/// <summary>/admin/consultations/major-decisions?org=: the organ's 重大行政决策事项目录 for its editors —
/// add an item, move it along the procedure (<see cref="DecisionStatus"/>), link the published decision
/// document, and open the item's consultation (linked when it is opened). Same service and check as
/// the API; another organ's staff get 403 (recorded).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ConsultationDecisionsModel(GongkaiDbContext db, ConsultationAccess access, ConsultationService service, ConsultationStaff staff, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int? OrganizationId { get; set; }

    [BindProperty]
    public DecisionForm Form { get; set; } = new();

    public List<Organization> Editable { get; private set; } = [];

    public Organization Organ { get; private set; } = null!;

    public List<MajorDecisionQueries.Row> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The item a refused status change was for (its message is shown on that row).</summary>
    public int? ErrorDecisionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DenyAsync("查看重大行政决策事项目录", ct) is { } denied)
        {
            return denied;
        }

        Form.Year = ChinaTime.Today(clock).Year;
        Message = TempData["Message"] as string;
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await DenyAsync("新增重大行政决策事项", ct) is { } denied)
        {
            return denied;
        }

        var (decision, error) = await service.AddDecisionAsync(Organ.Id, Form.ToInput(Organ.Id), ct);
        if (decision is not null)
        {
            TempData["Message"] = $"已将“{decision.Name}”列入 {decision.Year} 年目录。";
            return Redirect(PageUrl());
        }

        Error = error?.Message;
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(int decisionId, string? status, int? resultPublicationId, CancellationToken ct)
    {
        if (await DenyAsync("修改重大行政决策事项状态", ct) is { } denied)
        {
            return denied;
        }

        if (await db.Set<MajorDecision>().FirstOrDefaultAsync(d => d.Id == decisionId && d.OrganizationId == Organ.Id, ct) is not { } decision)
        {
            return NotFound();
        }

        Error = (await service.SetDecisionStatusAsync(decision, new DecisionStatusInput(status, resultPublicationId), ct))?.Message;
        if (Error is null)
        {
            TempData["Message"] = $"“{decision.Name}”的状态已改为{DecisionStatuses.Name(decision.Status)}。";
            return Redirect(PageUrl());
        }

        ErrorDecisionId = decisionId;
        return await LoadAsync(ct);
    }

    public static IEnumerable<DecisionStatus> Statuses => Enum.GetValues<DecisionStatus>();

    private string PageUrl() => ConsultationUrls.StaffCatalogue + "?org=" + Organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Without ?org= the first organ the person edits for; none: 403.</summary>
    private async Task<IActionResult?> DenyAsync(string action, CancellationToken ct)
    {
        Editable = await staff.EditableOrgansAsync(ct);
        var id = OrganizationId ?? Editable.FirstOrDefault()?.Id;
        if (id is null || !await access.CanEditAsync(id.Value, ct))
        {
            await staff.DeniedAsync(id, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is not { } organ)
        {
            return NotFound();
        }

        Organ = organ;
        return null;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        Rows = await MajorDecisionQueries.CatalogueAsync(db, Organ.Id, null, ct);
        return Page();
    }
}
