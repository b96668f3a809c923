using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Features.Publications.Checks;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Every staff action on a publication: checks the role through
/// <see cref="PublicationAccess"/>, applies the <see cref="ReviewWorkflow"/> rule, records the
/// history step and the audit entry, and saves them together. Rule violations throw
/// <see cref="PublicationRuleException"/>; a missing role throws <see cref="PublicationForbiddenException"/>.</summary>
public sealed class PublicationService(GongkaiDbContext db, AuditTrail audit, PublicationAccess access, PublicationHtml html,
    ColumnTree columns, IndexNumberIssuer indexNumbers, PublicationChecks checks, TimeProvider clock, Shared.Caching.PortalCache cache,
    IEnumerable<IDocumentNumberKeeper> numberKeepers)
{
    public const string TargetType = "publication";

    /// <summary>The item with its revisions, or null when it does not exist or the person may not
    /// see its organ's items (so they cannot learn that it exists).</summary>
    public async Task<Publication?> FindAsync(int id, CancellationToken ct = default)
    {
        var p = await db.Set<Publication>().Include(x => x.Revisions).FirstOrDefaultAsync(x => x.Id == id, ct);
        return p is not null && await access.CanViewAsync(p.OrganizationId, ct) ? p : null;
    }

    public Task<List<ReviewAction>> HistoryAsync(int id, CancellationToken ct = default) =>
        db.Set<ReviewAction>().AsNoTracking().Where(a => a.PublicationId == id).OrderBy(a => a.Id).ToListAsync(ct);

    public async Task<int> StagesFor(int organizationId, CancellationToken ct) =>
        await db.Set<PublicationSettings>().Where(s => s.OrganizationId == organizationId).Select(s => (int?)s.ReviewStages).FirstOrDefaultAsync(ct)
        ?? ReviewStages.Default;

    public async Task<ReviewWorkflow> WorkflowAsync(Publication p, CancellationToken ct = default)
    {
        var working = p.WorkingRevision;
        List<Guid> approvers = working is null || !p.WorkingInReview
            ? []
            : await db.Set<ReviewAction>().Where(a => a.PublicationId == p.Id && a.RevisionNumber == working.Number
                    && a.Round == working.Round && a.Decision == ReviewDecision.Approved)
                .OrderBy(a => a.Stage).Select(a => a.ActorId).ToListAsync(ct);
        // 保密审查 of this round: a pass recorded for the revision since its submission.
        var cleared = working is not null && p.WorkingInReview && await db.Set<ReviewAction>().AnyAsync(a => a.PublicationId == p.Id
            && a.RevisionNumber == working.Number && a.Round == working.Round && a.Decision == ReviewDecision.ConfidentialityCheck && a.Passed == true, ct);
        return ReviewWorkflow.Restore(new ReviewSnapshot(p.Status, p.ReviewStages, working?.AuthorId, p.WorkingInReview, approvers,
            p.PublishedRevisionNumber is not null, p.ScheduledFor, cleared));
    }

    public async Task<int> CreateAsync(int organizationId, PublicationInput input, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(organizationId, ct);
        var tree = await columns.EnsureAsync(organizationId, ct);
        var now = clock.GetUtcNow();
        var userId = RequireUser();
        var revision = new PublicationRevision { Number = 1, AuthorId = userId, AuthorName = access.UserName, CreatedAt = now, UpdatedAt = now };
        var scheduledFor = Fill(revision, input, tree);
        var stages = await StagesFor(organizationId, ct);
        var flow = ReviewWorkflow.NewDraft(userId, stages);
        flow.Schedule(scheduledFor);

        var p = new Publication { OrganizationId = organizationId, AuthorId = userId, CreatedAt = now, UpdatedAt = now, WorkingRevisionNumber = 1 };
        p.CopyContentFrom(revision);
        p.Revisions.Add(revision);
        Apply(p, flow);

        // The audit entry names the new id, so the item is saved first, inside one transaction. A feature
        // that extends the item (a normative document) may hold one already, so that both commit together.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionRetryingAsync(ct) : null;
        db.Add(p);
        await db.SaveChangesAsync(ct);
        AddStep(p, revision, 0, ReviewDecision.Created, null);
        Record("publication.created", p, new { p.Title, column = input.ColumnKey });
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return p.Id;
    }

    public async Task UpdateAsync(Publication p, PublicationInput input, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(p.OrganizationId, ct);
        var flow = await WorkflowAsync(p, ct);
        flow.EnsureEditable();
        var tree = await columns.EnsureAsync(p.OrganizationId, ct);
        var working = p.WorkingRevision!;
        await KeepDocumentNumberAsync(p, working, input, ct);
        var scheduledFor = Fill(working, input, tree);
        flow.Schedule(scheduledFor);
        working.UpdatedAt = clock.GetUtcNow();
        if (p.PublishedRevisionNumber is null)
        {
            // Before the first publication the item's own fields mirror the draft, for staff lists.
            p.CopyContentFrom(working);
        }

        Apply(p, flow);
        Record("publication.updated", p, new { working.Title, revision = working.Number });
        await db.SaveChangesAsync(ct);
        await EvictAsync(p, ct);
    }

    public async Task SubmitAsync(Publication p, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(p.OrganizationId, ct);
        var flow = await WorkflowAsync(p, ct);
        flow.Submit(await StagesFor(p.OrganizationId, ct));
        var working = p.WorkingRevision!;
        working.Round++;
        AddStep(p, working, 0, ReviewDecision.Submitted, null);
        Apply(p, flow);
        Record("publication.submitted", p, new { revision = working.Number, stages = flow.Stages });
        await db.SaveChangesAsync(ct);
    }

    /// <param name="overrideReason">Set by a reviewer who publishes despite the pre-publication
    /// checks' findings; required then, and recorded in the history and the audit log.</param>
    /// <param name="proofread">The reviewer confirms the stage's proofreading (校); required.</param>
    /// <param name="confidentialityPassed">The reviewer takes the 保密审查 with this stage and it
    /// passed; recorded as its own step before the approval.</param>
    public async Task<ReviewResult> ApproveAsync(Publication p, string? comment, CancellationToken ct = default, string? overrideReason = null,
        bool proofread = false, bool confidentialityPassed = false)
    {
        await access.RequireReviewerAsync(p.OrganizationId, ct);
        var flow = await WorkflowAsync(p, ct);
        var stage = flow.Stage;
        var stageName = flow.StageName;
        var now = clock.GetUtcNow();
        var isFinal = flow.RevisionInReview && stage == flow.Stages;
        if (confidentialityPassed)
        {
            flow.RecordConfidentialityReview(RequireUser(), passed: true, comment: null);
        }

        var result = flow.Approve(RequireUser(), now, proofread);
        PublicationCheckReport? overridden = null;
        if (isFinal)
        {
            // Only the final approval makes the item public, so that is where the checks block.
            var report = await checks.RunAsync(p, ct);
            if (report.Blocks)
            {
                if (overrideReason is null)
                {
                    throw new PublicationRuleException(
                        $"发布前检查发现以下问题，终审不能通过：{report.Describe()}。请退回修改；如确属应当公开的内容，请填写理由后选择“忽略检查问题并通过”。");
                }

                if (string.IsNullOrWhiteSpace(overrideReason))
                {
                    throw new PublicationRuleException("忽略发布前检查问题须填写理由。");
                }

                if (overrideReason.Trim().Length > 500)
                {
                    throw new PublicationRuleException("忽略理由不能超过500字。");
                }

                overridden = report;
            }
        }

        var working = p.WorkingRevision!;
        if (confidentialityPassed)
        {
            AddStep(p, working, stage, ReviewDecision.ConfidentialityCheck, "随" + stageName + "进行，未发现涉密、个人隐私或商业秘密内容", passed: true);
            Record("publication.confidentialityReviewed", p, new { revision = working.Number, stage, passed = true });
        }

        AddStep(p, working, stage, ReviewDecision.Proofread, null);
        Record("publication.proofread", p, new { revision = working.Number, stage, proofread = ReviewStages.ProofreadName(stage, flow.Stages) });
        if (overridden is not null)
        {
            var reason = overrideReason!.Trim();
            var step = $"{reason}（问题：{overridden.Describe()}）";
            AddStep(p, working, stage, ReviewDecision.ChecksOverridden, step.Length > 1000 ? step[..999] + "…" : step);
            Record("publication.checksOverridden", p, new { revision = working.Number, stage, reason, findings = overridden.Blocking.Select(f => f.Message).ToList() });
        }

        AddStep(p, working, stage, ReviewDecision.Approved, comment);
        Record("publication.approved", p, new { revision = working.Number, stage, stageName });

        if (result != ReviewResult.Advanced)
        {
            var first = p.PublishedRevisionNumber is null;
            var goesPublicAt = result == ReviewResult.Scheduled ? flow.ScheduledFor!.Value : now;
            p.CopyContentFrom(working);
            working.PublishedAt = goesPublicAt;
            p.PublishedRevisionNumber = working.Number;
            if (first)
            {
                p.PublishedAt = goesPublicAt;
                p.IndexNumber ??= await indexNumbers.NextAsync(p.OrganizationId, ChinaTime.ToChina(goesPublicAt).Year, ct);
            }
            else
            {
                p.CorrectedAt = now;
            }

            var decision = result == ReviewResult.Scheduled ? ReviewDecision.Scheduled : ReviewDecision.Published;
            AddStep(p, working, 0, decision, result == ReviewResult.Scheduled ? $"定于{ChinaTime.Format(goesPublicAt)}发布" : null);
            Record(result == ReviewResult.Scheduled ? "publication.scheduled" : "publication.published", p,
                new { p.IndexNumber, revision = working.Number, at = goesPublicAt });
        }

        Apply(p, flow);
        await db.SaveChangesAsync(ct);
        if (result != ReviewResult.Advanced)
        {
            await EvictAsync(p, ct);
        }

        return result;
    }

    /// <summary>Records a 保密审查 of the revision in review as its own step: a pass clears it for
    /// the final approval of this round; a failure (with its reason) returns it to the author.</summary>
    public async Task ConfidentialityReviewAsync(Publication p, bool passed, string? comment, CancellationToken ct = default)
    {
        await access.RequireReviewerAsync(p.OrganizationId, ct);
        var flow = await WorkflowAsync(p, ct);
        var stage = flow.Stage;
        flow.RecordConfidentialityReview(RequireUser(), passed, comment);
        if (comment?.Trim().Length > 1000)
        {
            throw new PublicationRuleException("保密审查意见不能超过1000字。");
        }

        var working = p.WorkingRevision!;
        AddStep(p, working, stage, ReviewDecision.ConfidentialityCheck, comment, passed);
        Apply(p, flow);
        Record("publication.confidentialityReviewed", p, new { revision = working.Number, stage, passed, comment = comment?.Trim() });
        await db.SaveChangesAsync(ct);
    }

    public async Task SendBackAsync(Publication p, string? comment, CancellationToken ct = default)
    {
        await access.RequireReviewerAsync(p.OrganizationId, ct);
        var flow = await WorkflowAsync(p, ct);
        var stage = flow.Stage;
        flow.SendBack(RequireUser(), comment);
        var working = p.WorkingRevision!;
        AddStep(p, working, stage, ReviewDecision.SentBack, comment!.Trim());
        Apply(p, flow);
        Record("publication.sentBack", p, new { revision = working.Number, stage, comment });
        await db.SaveChangesAsync(ct);
    }

    public async Task WithdrawAsync(Publication p, string? reason, CancellationToken ct = default)
    {
        await access.RequireReviewerAsync(p.OrganizationId, ct);
        var flow = await WorkflowAsync(p, ct);
        var now = clock.GetUtcNow();
        var revisionNumber = p.PublishedRevisionNumber ?? 0;
        flow.Withdraw(reason, now);
        p.WithdrawnAt = now;
        p.WithdrawnReason = reason!.Trim();
        db.Add(new ReviewAction
        {
            PublicationId = p.Id,
            RevisionNumber = revisionNumber,
            Decision = ReviewDecision.Withdrawn,
            ActorId = RequireUser(),
            ActorName = access.UserName,
            At = now,
            Comment = p.WithdrawnReason,
        });
        Apply(p, flow);
        Record("publication.withdrawn", p, new { p.IndexNumber, reason = p.WithdrawnReason });
        await db.SaveChangesAsync(ct);
        await EvictAsync(p, ct);
    }

    /// <summary>Starts a correction: a new revision copied from the published one.</summary>
    public async Task StartCorrectionAsync(Publication p, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(p.OrganizationId, ct);
        var flow = await WorkflowAsync(p, ct);
        var userId = RequireUser();
        var now = clock.GetUtcNow();
        flow.StartCorrection(userId, now);
        var revision = new PublicationRevision
        {
            Number = p.Revisions.Max(r => r.Number) + 1,
            AuthorId = userId,
            AuthorName = access.UserName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        revision.CopyContentFrom(p);
        revision.RevisionNote = null;
        p.Revisions.Add(revision);
        // The correction starts with the published files; the editor may remove or add to them.
        var files = await db.Set<PublicationAttachment>().AsNoTracking()
            .Where(a => a.PublicationId == p.Id && a.RevisionNumber == p.PublishedRevisionNumber).OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var f in files)
        {
            f.Id = 0;
            f.RevisionNumber = revision.Number;
            db.Add(f);
        }

        p.WorkingRevisionNumber = revision.Number;
        AddStep(p, revision, 0, ReviewDecision.CorrectionStarted, null);
        Apply(p, flow);
        Record("publication.correctionStarted", p, new { revision = revision.Number });
        await db.SaveChangesAsync(ct);
        await EvictAsync(p, ct);
    }

    /// <summary>One-click masking of personal information in the working revision's body; the
    /// organ's own published contact details stay. Returns whether anything changed.</summary>
    public async Task<bool> MaskBodyAsync(Publication p, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(p.OrganizationId, ct);
        var flow = await WorkflowAsync(p, ct);
        flow.EnsureEditable();
        var working = p.WorkingRevision!;
        var masked = html.MaskPersonalInformation(working.BodyHtml, await checks.AllowListAsync(p.OrganizationId, ct));
        if (string.Equals(masked, working.BodyHtml, StringComparison.Ordinal))
        {
            return false;
        }

        working.BodyHtml = masked;
        working.UpdatedAt = clock.GetUtcNow();
        p.UpdatedAt = working.UpdatedAt;
        if (p.PublishedRevisionNumber is null)
        {
            p.CopyContentFrom(working);
        }

        // The audit entry says that masking happened, not what was masked: the values are personal information.
        Record("publication.bodyMasked", p, new { revision = working.Number });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A 发文字号 kept by another feature (a normative document) stays as it is here: an empty
    /// or equivalent value keeps it, a different one is refused with where to change it.</summary>
    private async Task KeepDocumentNumberAsync(Publication p, PublicationRevision working, PublicationInput input, CancellationToken ct)
    {
        foreach (var keeper in numberKeepers)
        {
            if (await keeper.EditUrlAsync(p.Id, ct) is not { } url)
            {
                continue;
            }

            if (!string.IsNullOrWhiteSpace(input.DocumentNumber) && input.DocumentNumber.Trim() != working.DocumentNumber
                && !keeper.SameNumber(working.DocumentNumber, input.DocumentNumber))
            {
                throw new PublicationRuleException($"该信息是行政规范性文件，发文字号须在规范性文件页面（{url}）修改，以便校验并同步更新。");
            }

            input.DocumentNumber = working.DocumentNumber;
        }
    }

    /// <summary>Validates the form into the revision; returns the schedule as a UTC instant.</summary>
    private DateTimeOffset? Fill(PublicationRevision revision, PublicationInput input, IReadOnlyCollection<PublicationColumn> tree)
    {
        var errors = new List<string>();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors.Add("请填写标题。");
        }
        else if (title.Length > 300)
        {
            errors.Add("标题不能超过300字。");
        }

        var column = ColumnTree.Leaves(tree).FirstOrDefault(c => c.Key == input.ColumnKey);
        if (column is null)
        {
            errors.Add("请选择所属栏目。");
        }

        if (input.FormedOn is null)
        {
            errors.Add("请填写生成日期（信息形成或变更的日期）。");
        }

        CheckLength(errors, input.DocumentNumber, 100, "发文字号");
        CheckLength(errors, input.Topic, 50, "主题分类");
        CheckLength(errors, input.Genre, 50, "体裁分类");
        CheckLength(errors, input.Summary, 2000, "内容概述");
        CheckLength(errors, input.RevisionNote, 1000, "更正说明");
        if (!Enum.IsDefined(input.Validity))
        {
            errors.Add("有效性无效。");
        }

        if (errors.Count > 0)
        {
            throw new PublicationRuleException(string.Join(" ", errors));
        }

        revision.ColumnId = column!.Id;
        revision.Title = title!;
        revision.DocumentNumber = Clean(input.DocumentNumber);
        revision.Topic = Clean(input.Topic);
        revision.Genre = Clean(input.Genre);
        revision.Validity = input.Validity;
        revision.SignedOn = input.SignedOn;
        revision.FormedOn = input.FormedOn!.Value;
        revision.Summary = Clean(input.Summary);
        revision.BodyHtml = html.Sanitize(input.BodyHtml);
        revision.RevisionNote = Clean(input.RevisionNote);
        return input.ScheduledFor is { } local
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaTime.Offset).ToUniversalTime()
            : null;
    }

    private static void CheckLength(List<string> errors, string? value, int max, string name)
    {
        if (value?.Trim().Length > max)
        {
            errors.Add($"{name}不能超过{max}字。");
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Apply(Publication p, ReviewWorkflow flow)
    {
        p.Status = flow.Status;
        p.ReviewStages = flow.Stages;
        p.WorkingInReview = flow.RevisionInReview;
        p.ScheduledFor = flow.ScheduledFor;
        if (!flow.HasWorkingRevision)
        {
            p.WorkingRevisionNumber = null;
        }
    }

    private void AddStep(Publication p, PublicationRevision revision, int stage, ReviewDecision decision, string? comment, bool? passed = null)
    {
        p.UpdatedAt = clock.GetUtcNow();
        db.Add(new ReviewAction
        {
            PublicationId = p.Id,
            RevisionNumber = revision.Number,
            Round = revision.Round,
            Stage = stage,
            Decision = decision,
            ActorId = RequireUser(),
            ActorName = access.UserName,
            At = p.UpdatedAt,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            Passed = passed,
        });
    }

    /// <summary>What the public sees of the item changed: its organ's cached pages go, and so do
    /// those of organs whose items link to it (相关信息), which may show it.</summary>
    private async Task EvictAsync(Publication p, CancellationToken ct)
    {
        await cache.PublicationChangedAsync(p.OrganizationId, ct);
        var linked = await db.Set<Related.PublicationRelation>().Where(r => r.PublicationId == p.Id || r.RelatedId == p.Id)
            .Select(r => r.PublicationId == p.Id ? r.RelatedId : r.PublicationId).ToListAsync(ct);
        var organs = await db.Set<Publication>().Where(x => linked.Contains(x.Id) && x.OrganizationId != p.OrganizationId)
            .Select(x => x.OrganizationId).Distinct().ToListAsync(ct);
        foreach (var organ in organs)
        {
            await cache.PublicationChangedAsync(organ, ct);
        }
    }

    private void Record(string eventType, Publication p, object after) =>
        audit.Record(eventType, targetType: TargetType, targetId: p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after: after, organizationId: p.OrganizationId);

    private Guid RequireUser() => access.UserId ?? throw new PublicationForbiddenException("请先登录。");
}
