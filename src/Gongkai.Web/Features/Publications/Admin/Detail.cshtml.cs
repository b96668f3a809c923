using Gongkai.Domain.Calendar;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Features.Publications.Checks;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Admin;

/// <summary>One item for staff: its state, the working revision, the review history, and the
/// actions the person's roles allow. The buttons shown are a convenience; the service checks.</summary>
[Authorize(Policy = Policies.Staff)]
[TypeFilter(typeof(AttachmentUploadLimitFilter), Order = 900)]
public sealed class PublicationDetailModel(GongkaiDbContext db, PublicationService service, PublicationAccess access,
    AttachmentService attachments, PublicationChecks checks, CalendarProvider calendars, PublicationTimeLimits limits, TimeProvider clock,
    ILogger<PublicationDetailModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public int Id { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>Set by the "忽略检查问题并通过" button; the reason is then required.</summary>
    [BindProperty]
    public bool OverrideChecks { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    /// <summary>The reviewer confirms the stage's proofreading (校, 三审三校).</summary>
    [BindProperty]
    public bool Proofread { get; set; }

    /// <summary>The reviewer takes the 保密审查 with this approval and it passed.</summary>
    [BindProperty]
    public bool ConfidentialityPassed { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public int AttachmentId { get; set; }

    /// <summary>The attachments of the revision shown (working, else public).</summary>
    public List<PublicationAttachment> Attachments { get; private set; } = [];

    public PublicationCheckReport? Checks { get; private set; }

    public long MaxAttachmentBytes => attachments.MaxBytes;

    public Publication Item { get; private set; } = null!;

    public ReviewWorkflow Flow { get; private set; } = null!;

    public string OrganizationName { get; private set; } = string.Empty;

    public Dictionary<int, string> ColumnTitles { get; private set; } = [];

    public List<ReviewAction> History { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public string? Timeliness { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) =>
        ActAsync(p => service.SubmitAsync(p, ct), "已提交审核。", ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        ActAsync(async p =>
        {
            var result = await service.ApproveAsync(p, Comment, ct, OverrideChecks ? OverrideReason ?? string.Empty : null, Proofread, ConfidentialityPassed);
            Message = result switch
            {
                ReviewResult.Published => "终审通过，已发布。",
                ReviewResult.Scheduled => "终审通过，将按设定时间发布。",
                _ => "审核通过，已转下一环节。",
            };
        }, null, ct);

    public Task<IActionResult> OnPostConfidentialityPassAsync(CancellationToken ct) =>
        ActAsync(p => service.ConfidentialityReviewAsync(p, passed: true, Comment, ct), "已记录保密审查结果：通过。", ct);

    public Task<IActionResult> OnPostConfidentialityFailAsync(CancellationToken ct) =>
        ActAsync(p => service.ConfidentialityReviewAsync(p, passed: false, Comment, ct), "已记录保密审查结果：不通过，已退回修改。", ct);

    public Task<IActionResult> OnPostSendBackAsync(CancellationToken ct) =>
        ActAsync(p => service.SendBackAsync(p, Comment, ct), "已退回修改。", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) =>
        ActAsync(p => service.WithdrawAsync(p, Comment, ct), "已撤回，公众页面即时不可见。", ct);

    public Task<IActionResult> OnPostCorrectAsync(CancellationToken ct) =>
        ActAsync(p => service.StartCorrectionAsync(p, ct), "已创建更正草稿，原发布版本在审核通过前继续公开。", ct);

    public Task<IActionResult> OnPostUploadAsync(CancellationToken ct) =>
        ActAsync(async p =>
        {
            if (Upload is null)
            {
                throw new PublicationRuleException("请选择要上传的文件。");
            }

            await using var stream = Upload.OpenReadStream();
            var saved = await attachments.UploadAsync(p, Upload.FileName, stream, ct);
            Message = saved.TextStatus == AttachmentTextStatus.Extracted
                ? $"已上传附件“{saved.FileName}”。"
                : $"已上传附件“{saved.FileName}”。该格式无法提取文字，个人信息检查不覆盖此附件，请人工核对。";
        }, null, ct);

    public Task<IActionResult> OnPostRemoveAttachmentAsync(CancellationToken ct) =>
        ActAsync(p => attachments.RemoveAsync(p, AttachmentId, ct), "已删除附件。", ct);

    public Task<IActionResult> OnPostMaskAsync(CancellationToken ct) =>
        ActAsync(async p =>
        {
            var changed = await service.MaskBodyAsync(p, ct);
            Message = changed
                ? "已遮蔽正文中的个人信息，请核对正文。附件无法直接遮蔽，如附件含个人信息，请上传遮蔽后的副本并删除原附件。"
                : "正文中没有可自动遮蔽的个人信息（被标签拆开的号码须手工修改）。";
        }, null, ct);

    private async Task<IActionResult> ActAsync(Func<Publication, Task> action, string? message, CancellationToken ct)
    {
        var item = await service.FindAsync(Id, ct);
        if (item is null)
        {
            return NotFound();
        }

        try
        {
            await action(item);
            if (message is not null)
            {
                Message = message;
            }

            return Redirect($"/admin/publications/{Id}");
        }
        catch (PublicationForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (PublicationRuleException ex)
        {
            logger.LogInformation("Publication {Id}: action refused: {Reason}", Id, ex.Message);
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            Error = "该信息刚被他人处理，请查看最新状态后重试。";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var item = await service.FindAsync(Id, ct);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Flow = await service.WorkflowAsync(item, ct);
        OrganizationName = await db.Set<Organization>().Where(o => o.Id == item.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        ColumnTitles = await db.Set<PublicationColumn>().Where(c => c.OrganizationId == item.OrganizationId).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        History = await service.HistoryAsync(item.Id, ct);
        CanEdit = await access.CanEditAsync(item.OrganizationId, ct);
        CanReview = await access.CanReviewAsync(item.OrganizationId, ct);
        Timeliness = await DescribeTimelinessAsync(item, ct);
        var shownRevision = item.WorkingRevisionNumber ?? item.PublishedRevisionNumber ?? 1;
        Attachments = await attachments.ListAsync(item.Id, shownRevision, ct);
        if (item.WorkingRevision is not null)
        {
            Checks = await checks.RunAsync(item, ct);
        }

        return true;
    }

    private async Task<string> DescribeTimelinessAsync(Publication item, CancellationToken ct)
    {
        try
        {
            var calendar = await calendars.GetAsync(ct);
            var content = item.WorkingRevision ?? (PublicationContent)item;
            var formedOn = content.FormedOn;
            var columnLimits = await limits.ForColumnsAsync([content.ColumnId], ct);
            DateOnly? publishedOn = item.PublishedAt is { } at && item.WorkingRevision is null ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : null;
            var result = Domain.Publications.Timeliness.Assess(calendar, formedOn, publishedOn, ChinaTime.Today(clock),
                limitWorkingDays: limits.WorkingDaysFor(columnLimits, content.ColumnId));
            var status = result.Status switch
            {
                TimelinessStatus.Late => "已超期",
                TimelinessStatus.AtRisk => $"临近期限（剩余{result.WorkingDaysLeft}个工作日）",
                _ => publishedOn is null ? $"正常（剩余{result.WorkingDaysLeft}个工作日）" : "按时公开",
            };
            var source = columnLimits.TryGetValue(content.ColumnId, out var limit) ? $"（{limit.Source}）" : "";
            return $"公开期限：{result.Due:yyyy-MM-dd}{source}，{status}。{result.Deadline.Explanation}";
        }
        catch (CalendarYearNotLoadedException ex)
        {
            return ex.Message;
        }
    }
}
