using Gongkai.Domain.Calendar;
using Gongkai.Domain.Enforcement;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Spreadsheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Enforcement.Admin;

/// <summary>/admin/enforcement?organization=: per organ, the decisions not yet public with their
/// due dates (临期/逾期 first), the recently published ones; editors enter a decision or import a
/// sheet (any bad row saves nothing), reviewers publish and withdraw.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(SpreadsheetUpload.MaxFileBytes * 2)]
public sealed class EnforcementAdminModel(GongkaiDbContext db, EnforcementAccess access, EnforcementService service) : PageModel
{
    public const int ListSize = 200;

    [BindProperty(SupportsGet = true, Name = "organization")]
    public int? OrganizationId { get; set; }

    public List<(Organization Organ, int Pending, int DueSoon, int Overdue)> Organs { get; private set; } = [];

    public Organization? Organ { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanPublish { get; private set; }

    public List<EnforcementDecision> Pending { get; private set; } = [];

    public List<EnforcementDecision> Published { get; private set; } = [];

    public WorkingDayCalendar Calendar { get; private set; } = null!;

    public DateOnly Today => service.Today;

    public List<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public EnforcementDecisionInput Input { get; set; } = new() { Party = new PartyInput() };

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (await GuardAsync(edit: true, ct) is { } refused)
        {
            return refused;
        }

        var row = EnforcementDecisionReader.Check(1, Input.ToCells(), Today);
        var result = await service.ImportAsync(Organ!.Id, [row], dryRun: false, ct);
        if (result.Saved.Count == 0)
        {
            Errors = result.Rows.SelectMany(r => r.Errors).Select(e => e.Replace("第 1 行", "", StringComparison.Ordinal)).ToList();
            return await LoadAsync(ct) ?? Page();
        }

        Message = $"已录入 {result.Saved[0].DocumentNumber}：{result.Saved[0].DueExplanation}";
        return Redirect($"{EnforcementUrls.Admin}?organization={Organ.Id}");
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (await GuardAsync(edit: true, ct) is { } refused)
        {
            return refused;
        }

        if (Upload is not { Length: > 0 })
        {
            Errors = ["请选择执法决定文件（.xlsx 或 .csv）。"];
            return await LoadAsync(ct) ?? Page();
        }

        var (rows, error) = await EnforcementFile.ReadAsync(Upload, Today, ct);
        if (rows is null)
        {
            Errors = [error!];
            return await LoadAsync(ct) ?? Page();
        }

        var result = await service.ImportAsync(Organ!.Id, rows, dryRun: false, ct);
        if (result.Failed > 0)
        {
            Errors = ["有错误，未保存任何一条：", .. result.Rows.SelectMany(r => r.Errors)];
            return await LoadAsync(ct) ?? Page();
        }

        Message = $"已导入 {result.Imported} 条执法决定。";
        return Redirect($"{EnforcementUrls.Admin}?organization={Organ.Id}");
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, string? on, CancellationToken ct) =>
        await ActAsync(id, d => service.PublishAsync(d, string.IsNullOrWhiteSpace(on) ? null : EnforcementDecisionReader.ParseDate(on) ?? DateOnly.MinValue, ct), "已公开", ct);

    public async Task<IActionResult> OnPostWithdrawAsync(int id, string? kind, string? reason, CancellationToken ct) =>
        await ActAsync(id, d => service.WithdrawAsync(d, WithdrawalKinds.Parse(kind) ?? WithdrawalKind.Revoked, reason, ct), "已撤回", ct);

    private async Task<IActionResult> ActAsync(int id, Func<EnforcementDecision, Task<string?>> act, string done, CancellationToken ct)
    {
        var decision = await db.Set<EnforcementDecision>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
        {
            return NotFound();
        }

        OrganizationId = decision.OrganizationId;
        if (await GuardAsync(edit: false, ct) is { } refused)
        {
            return refused;
        }

        var error = await act(decision);
        if (error is not null)
        {
            Errors = [error];
            return await LoadAsync(ct) ?? Page();
        }

        Message = $"{decision.DocumentNumber} {done}。";
        return Redirect($"{EnforcementUrls.Admin}?organization={decision.OrganizationId}");
    }

    /// <summary>Before a change: only the organ and the person's rights on it. The lists are loaded
    /// only when the page is shown again with an error; a success redirects.</summary>
    private async Task<IActionResult?> GuardAsync(bool edit, CancellationToken ct)
    {
        if (OrganizationId is not { } id)
        {
            return Forbid();
        }

        var readable = await access.ReadableOrganizationsAsync(ct);
        Organ = readable is null || readable.Contains(id)
            ? await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.IsActive, ct)
            : null;
        if (Organ is null)
        {
            return NotFound();
        }

        CanEdit = await access.CanEditAsync(Organ.Id, ct);
        CanPublish = await access.CanPublishAsync(Organ.Id, ct);
        return (edit ? CanEdit : CanPublish) ? null : Forbid();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var readable = await access.ReadableOrganizationsAsync(ct);
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && (readable == null || readable.Contains(o.Id)))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Take(500).ToListAsync(ct);
        Calendar = await service.CalendarAsync(ct);
        var soon = Calendar.AddWorkingDays(Today, PublicationClock.DueSoonWorkingDays).Due;
        var ids = organs.Select(o => o.Id).ToList();
        var today = Today;
        var counts = await db.Set<EnforcementDecision>().Where(d => d.Status == EnforcementStatus.Pending && ids.Contains(d.OrganizationId))
            .GroupBy(d => d.OrganizationId)
            .Select(g => new { g.Key, Pending = g.Count(), DueSoon = g.Count(d => d.PublishBy >= today && d.PublishBy <= soon), Overdue = g.Count(d => d.PublishBy < today) })
            .ToDictionaryAsync(g => g.Key, ct);
        Organs = organs.Select(o => counts.TryGetValue(o.Id, out var c) ? (o, c.Pending, c.DueSoon, c.Overdue) : (o, 0, 0, 0)).ToList();
        if (OrganizationId is null)
        {
            return null;
        }

        Organ = organs.FirstOrDefault(o => o.Id == OrganizationId);
        if (Organ is null)
        {
            return NotFound();
        }

        CanEdit = await access.CanEditAsync(Organ.Id, ct);
        CanPublish = await access.CanPublishAsync(Organ.Id, ct);
        var mine = db.Set<EnforcementDecision>().AsNoTracking().Where(d => d.OrganizationId == Organ.Id);
        Pending = await mine.Where(d => d.Status == EnforcementStatus.Pending).OrderBy(d => d.PublishBy).ThenBy(d => d.Id).Take(ListSize).ToListAsync(ct);
        Published = await mine.Where(d => d.Status != EnforcementStatus.Pending).OrderByDescending(d => d.UpdatedAt).Take(50).ToListAsync(ct);
        return null;
    }

    public PublicationUrgency Urgency(EnforcementDecision d) => PublicationClock.Urgency(Calendar, d.PublishBy, Today);
}
