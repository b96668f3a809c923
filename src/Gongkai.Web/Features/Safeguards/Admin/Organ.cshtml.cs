using System.Globalization;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Safeguards.Admin;

/// <summary>/admin/safeguards/{orgId}: the organ's trainings and 典型案例 submissions. The organ's
/// administrators and editors record them; every record is audited.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SafeguardsOrganModel(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, TimeProvider clock) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public List<TrainingRecord> Trainings { get; private set; } = [];

    public List<CaseSubmission> Cases { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct) => await FindAsync(orgId, ct) ?? await ListedPageAsync(orgId, ct);

    public async Task<IActionResult> OnPostTrainingAsync(int orgId, DateOnly? heldOn, string? topic, int? participants, decimal? hours, CancellationToken ct)
    {
        if (await GuardAsync(orgId, ct) is { } refused)
        {
            return refused;
        }

        var today = ChinaTime.Today(clock);
        Error = (heldOn, topic?.Trim(), participants, hours) switch
        {
            (null, _, _, _) => "请填写培训日期。",
            ({ } d, _, _, _) when d > today => "培训日期不能晚于今天。",
            (_, null or "", _, _) => "请填写培训主题。",
            (_, { Length: > 200 }, _, _) => "培训主题不能超过200字。",
            (_, _, null or < 1 or > 100_000, _) => "参训人数应为1至100000之间的整数。",
            (_, _, _, null or <= 0 or > 1000) => "培训学时应大于0且不超过1000。",
            _ => null,
        };
        if (Error is not null)
        {
            return await ListedPageAsync(orgId, ct);
        }

        var record = new TrainingRecord { OrganizationId = orgId, HeldOn = heldOn!.Value, Topic = topic!.Trim(), Participants = participants!.Value, Hours = hours!.Value, RecordedAt = clock.GetUtcNow() };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        audit.Record("safeguards.trainingRecorded", targetType: "training", targetId: record.Id.ToString(CultureInfo.InvariantCulture), organizationId: orgId,
            after: new { record.HeldOn, record.Topic, record.Participants, record.Hours });
        await db.SaveChangesAsync(ct);
        Message = "培训记录已登记。";
        return Redirect(SafeguardUrls.Admin(orgId));
    }

    public async Task<IActionResult> OnPostCaseAsync(int orgId, DateOnly? submittedOn, string? title, string? summary, CancellationToken ct)
    {
        if (await GuardAsync(orgId, ct) is { } refused)
        {
            return refused;
        }

        Error = (submittedOn, title?.Trim()) switch
        {
            (null, _) => "请填写报送日期。",
            ({ } d, _) when d > ChinaTime.Today(clock) => "报送日期不能晚于今天。",
            (_, null or "") => "请填写案例标题。",
            (_, { Length: > 200 }) => "案例标题不能超过200字。",
            _ => summary is { Length: > 2000 } ? "案例简介不能超过2000字。" : null,
        };
        if (Error is not null)
        {
            return await ListedPageAsync(orgId, ct);
        }

        var submission = new CaseSubmission { OrganizationId = orgId, SubmittedOn = submittedOn!.Value, Title = title!.Trim(), Summary = summary?.Trim(), RecordedAt = clock.GetUtcNow() };
        db.Add(submission);
        await db.SaveChangesAsync(ct);
        audit.Record("safeguards.caseSubmitted", targetType: "caseSubmission", targetId: submission.Id.ToString(CultureInfo.InvariantCulture), organizationId: orgId,
            after: new { submission.SubmittedOn, submission.Title });
        await db.SaveChangesAsync(ct);
        Message = "典型案例报送已登记。";
        return Redirect(SafeguardUrls.Admin(orgId));
    }

    private async Task<IActionResult?> GuardAsync(int orgId, CancellationToken ct) =>
        await FindAsync(orgId, ct) ?? (CanEdit ? null : Forbid());

    /// <summary>The organ and whether the person may read and record; null when the page may go on.</summary>
    private async Task<IActionResult?> FindAsync(int orgId, CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId && o.IsActive, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await staff.CanReadAsync(orgId, ct))
        {
            return Forbid();
        }

        Organ = organ;
        CanEdit = await staff.CanAdministerAsync(orgId, ct) || await staff.HasRoleAsync(orgId, BusinessRole.Editor, ct);
        return null;
    }

    /// <summary>The lists are read only when the page is shown, not for a record that redirects.</summary>
    private async Task<IActionResult> ListedPageAsync(int orgId, CancellationToken ct)
    {
        Trainings = await db.Set<TrainingRecord>().AsNoTracking().Where(t => t.OrganizationId == orgId).OrderByDescending(t => t.HeldOn).Take(200).ToListAsync(ct);
        Cases = await db.Set<CaseSubmission>().AsNoTracking().Where(c => c.OrganizationId == orgId).OrderByDescending(c => c.SubmittedOn).Take(200).ToListAsync(ct);
        return Page();
    }
}
