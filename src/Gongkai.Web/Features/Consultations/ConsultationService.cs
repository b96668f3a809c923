using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Domain.Consultations;
using Gongkai.Domain.Privacy;
using Gongkai.Domain.Publications;
using Gongkai.Domain.Text;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations;

/// <summary>Opens consultations, freezes draft versions, takes and screens public comments, records
/// the answers and publishes the 意见采纳情况 report. Errors are <see cref="FieldError"/>s: the API's
/// field key, and a Chinese message naming the field as the forms label it.
/// Staff callers check <see cref="ConsultationAccess"/> first; every staff change is audited.</summary>
public sealed class ConsultationService(GongkaiDbContext db, ConsultationAccess access, ConsultationHtml html, AuditTrail audit, ConsultationCache cache, TimeProvider clock)
{
    public const string TargetType = "consultation";

    public const int MaxTitleLength = 300;

    public const int MaxTextLength = 4000;

    public const int MaxReportLength = 20000;

    /// <summary>Large enough for a long regulation, small enough to refuse a pasted book.</summary>
    public const int MaxDraftLength = 500_000;

    public DateOnly Today => ChinaTime.Today(clock);

    public Task<Consultation?> FindAsync(int id, CancellationToken ct) =>
        db.Set<Consultation>().Include(c => c.Versions).FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>Opens a consultation with its first version. The window rule
    /// (<see cref="ConsultationWindow"/>) is checked before anything is saved.</summary>
    public async Task<(Consultation? Consultation, FieldError? Error)> CreateAsync(int organizationId, ConsultationInput input, CancellationToken ct)
    {
        var title = Clean(input.Title);
        if (title.Length == 0 || title.Length > MaxTitleLength)
        {
            return (null, new("title", $"请填写征求意见的标题（不超过 {MaxTitleLength} 字）。"));
        }

        if (input.OpensOn is not { } opensOn)
        {
            return (null, new("opensOn", "请填写征求意见的开始日期（格式 yyyy-MM-dd）。"));
        }

        if (input.ClosesOn is not { } closesOn)
        {
            return (null, new("closesOn", "请填写征求意见的截止日期（格式 yyyy-MM-dd）。"));
        }

        if (ConsultationWindow.Check(opensOn, closesOn, input.MajorDecision, input.ShortWindowReason) is { } windowError)
        {
            return (null, windowError);
        }

        if (CheckDraft(input.DraftHtml) is { } draftError)
        {
            return (null, draftError);
        }

        foreach (var (field, label, value) in new[]
        {
            ("reason", "起草说明", input.Reason), ("mainQuestions", "重点征求意见的问题", input.MainQuestions), ("waysToRespond", "其他反馈方式", input.WaysToRespond),
        })
        {
            if (value?.Length > MaxTextLength)
            {
                return (null, new(field, $"{label}不超过 {MaxTextLength} 字。"));
            }
        }

        if (input.MajorDecisionId is { } decisionId
            && !await db.Set<MajorDecision>().AnyAsync(d => d.Id == decisionId && d.OrganizationId == organizationId, ct))
        {
            return (null, new("majorDecisionId", $"本机关的重大行政决策事项目录中没有编号为 {decisionId} 的事项。"));
        }

        var now = clock.GetUtcNow();
        var shortReason = ConsultationWindow.IsShort(opensOn, closesOn, input.MajorDecision) ? Clean(input.ShortWindowReason) : null;
        var consultation = new Consultation
        {
            OrganizationId = organizationId,
            Title = title,
            Reason = CleanOrNull(input.Reason),
            MainQuestions = CleanOrNull(input.MainQuestions),
            WaysToRespond = CleanOrNull(input.WaysToRespond),
            OpensOn = opensOn,
            ClosesOn = closesOn,
            IsMajorDecision = input.MajorDecision || input.MajorDecisionId is not null,
            MajorDecisionId = input.MajorDecisionId,
            ShortWindowReason = string.IsNullOrEmpty(shortReason) ? null : shortReason,
            CreatedAt = now,
            CreatedBy = access.UserName,
        };
        consultation.Versions.Add(new ConsultationVersion { Number = 1, DraftHtml = html.Anchored(input.DraftHtml), PublishedAt = now });
        db.Add(consultation);
        await db.SaveChangesAsync(ct);
        if (input.MajorDecisionId is { } linked && await db.Set<MajorDecision>().FirstOrDefaultAsync(d => d.Id == linked, ct) is { } decision
            && decision.Status == DecisionStatus.Drafting)
        {
            decision.Status = DecisionStatus.Consulting;
            decision.UpdatedAt = now;
        }

        audit.Record("consultation.opened", targetType: TargetType, targetId: Id(consultation.Id), organizationId: organizationId,
            after: new { consultation.Title, consultation.OpensOn, consultation.ClosesOn, consultation.IsMajorDecision, consultation.ShortWindowReason });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return (consultation, null);
    }

    /// <summary>A revised draft becomes the next version; earlier versions and the comments made on
    /// them are kept as they were.</summary>
    public async Task<(ConsultationVersion? Version, FieldError? Error)> ReviseAsync(Consultation consultation, VersionInput input, CancellationToken ct)
    {
        if (CheckDraft(input.DraftHtml) is { } error)
        {
            return (null, error);
        }

        if (consultation.ReportPublishedAt is not null)
        {
            return (null, new("draftHtml", "意见采纳情况已经公布，不能再修改草案。"));
        }

        var version = new ConsultationVersion
        {
            ConsultationId = consultation.Id,
            Number = consultation.Versions.Max(v => v.Number) + 1,
            DraftHtml = html.Anchored(input.DraftHtml),
            Note = CleanOrNull(input.Note) is { Length: <= MaxTextLength } note ? note : null,
            PublishedAt = clock.GetUtcNow(),
        };
        db.Add(version);
        audit.Record("consultation.revised", targetType: TargetType, targetId: Id(consultation.Id), organizationId: consultation.OrganizationId,
            after: new { version.Number, version.Note });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return (version, null);
    }

    /// <summary>A public comment while the consultation is open. The same text from the same phone
    /// within <see cref="CommentRules.DuplicateWindow"/> is the comment already received.</summary>
    public async Task<(ConsultationComment? Comment, bool Duplicate, FieldError? Error)> CommentAsync(Consultation consultation, CommentInput input, CancellationToken ct)
    {
        var today = Today;
        if (today < consultation.OpensOn)
        {
            return (null, false, new("text", $"本次征求意见自 {consultation.OpensOn:yyyy年M月d日} 开始，尚未开始接收意见。"));
        }

        if (today > consultation.ClosesOn)
        {
            return (null, false, new("text", $"本次征求意见已于 {consultation.ClosesOn:yyyy年M月d日} 截止，不再接收意见。"));
        }

        var text = ConsultationHtml.PlainText(BidiControls.Strip(input.Text));
        if (text.Length == 0)
        {
            return (null, false, new("text", "请填写意见内容。"));
        }

        if (text.Length > CommentRules.MaxTextLength)
        {
            return (null, false, new("text", $"意见内容不超过 {CommentRules.MaxTextLength} 字（现为 {text.Length} 字），内容较多的请分条提交或通过其他反馈方式提交。"));
        }

        var name = ConsultationHtml.PlainText(BidiControls.Strip(input.Name));
        if (name.Length == 0 || name.Length > CommentRules.MaxNameLength)
        {
            return (null, false, new("name", $"请填写姓名（不超过 {CommentRules.MaxNameLength} 字）；姓名不会公开。"));
        }

        var phone = (input.Phone ?? "").Trim();
        if (phone.Length > CommentRules.MaxPhoneLength || !CommentRules.IsPhone(phone))
        {
            return (null, false, new("phone", "请填写有效的联系电话；电话不会公开。"));
        }

        var displayName = ConsultationHtml.PlainText(BidiControls.Strip(input.DisplayName));
        if (displayName.Length > CommentRules.MaxDisplayNameLength)
        {
            return (null, false, new("displayName", $"公开显示的名称不超过 {CommentRules.MaxDisplayNameLength} 字；不填则显示为“{CommentRules.AnonymousName}”。"));
        }

        var version = input.Version is { } number
            ? consultation.Versions.FirstOrDefault(v => v.Number == number)
            : consultation.Versions.MaxBy(v => v.Number);
        if (version is null)
        {
            return (null, false, new("version", $"草案没有第 {input.Version} 稿。"));
        }

        string? anchor = null, anchorLabel = null;
        if (!string.IsNullOrWhiteSpace(input.Anchor))
        {
            anchor = input.Anchor.Trim().TrimStart('#');
            if (!ConsultationHtml.Anchors(version.DraftHtml).TryGetValue(anchor, out anchorLabel))
            {
                return (null, false, new("anchor", $"草案第 {version.Number} 稿中没有段落“{anchor}”；对全文提意见请不选段落。"));
            }
        }

        var hash = Hash(consultation.Id, phone, version.Number, anchor, text);
        var since = clock.GetUtcNow() - CommentRules.DuplicateWindow;
        var earlier = await db.Set<ConsultationComment>()
            .Where(c => c.ConsultationId == consultation.Id && c.ContentHash == hash).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (earlier is not null && earlier.SubmittedAt >= since)
        {
            return (earlier, true, null);
        }

        var findings = new PersonalInformationDetector(knownNames: [name]).Scan(text);
        var comment = new ConsultationComment
        {
            ConsultationId = consultation.Id,
            VersionId = version.Id,
            Anchor = anchor,
            AnchorLabel = anchorLabel,
            Text = text,
            Name = name,
            Phone = phone,
            DisplayName = displayName.Length == 0 ? null : displayName,
            ContentHash = hash,
            SubmittedAt = clock.GetUtcNow(),
            PersonalDataFound = findings.Count == 0 ? null
                : string.Join("、", findings.GroupBy(f => f.Kind).Select(g => $"{PersonalInformationKinds.Name(g.Key)} {g.Count()} 处")),
            Screening = CommentScreening.Pending,
        };
        db.Add(comment);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return (comment, false, null);
    }

    /// <summary>The organ's screening: approved comments appear with personal data masked (the
    /// writer's own name included, however typed); rejected ones are counted, never shown.</summary>
    public async Task<FieldError?> ScreenAsync(Consultation consultation, ConsultationComment comment, ScreenInput input, CancellationToken ct)
    {
        var note = CleanOrNull(input.Note);
        if (!input.Approve && note is null)
        {
            return new("note", "不予展示须说明理由（如“含有侮辱性言论”“与本草案无关”）。");
        }

        if (note?.Length > 500)
        {
            return new("note", "说明不超过 500 字。");
        }

        var before = comment.Screening;
        comment.Screening = input.Approve ? CommentScreening.Approved : CommentScreening.Rejected;
        comment.PublicText = input.Approve ? new PersonalInformationMasker().MaskAll(comment.Text, [], [comment.Name]) : null;
        comment.ScreeningNote = note;
        comment.ScreenedBy = access.UserName;
        comment.ScreenedAt = clock.GetUtcNow();
        audit.Record(input.Approve ? "consultation.commentApproved" : "consultation.commentRejected", targetType: TargetType,
            targetId: Id(consultation.Id), organizationId: consultation.OrganizationId,
            before: new { comment = comment.Id, screening = before.ToString() }, after: new { comment = comment.Id, screening = comment.Screening.ToString(), note });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return null;
    }

    /// <summary>Records how a comment was handled. With <see cref="AnswerInput.SameAs"/> it shares the
    /// answer of an already answered similar comment (one answer for a group).</summary>
    public async Task<FieldError?> AnswerAsync(Consultation consultation, ConsultationComment comment, AnswerInput input, CancellationToken ct)
    {
        CommentAnswerKind kind;
        string? text;
        int? sameAs = null;
        if (input.SameAs is { } otherId)
        {
            var other = await db.Set<ConsultationComment>().AsNoTracking()
                .FirstOrDefaultAsync(c => c.Id == otherId && c.ConsultationId == consultation.Id, ct);
            if (other?.AnswerKind is not { } otherKind || other.Id == comment.Id)
            {
                return new("sameAs", $"同类意见应为本次征求意见中另一条已答复的意见，{otherId} 不是。");
            }

            (kind, text, sameAs) = (otherKind, other.AnswerText, other.AnsweredWithId ?? other.Id);
        }
        else
        {
            if (CommentAnswerKinds.Parse(input.Result) is not { } parsed)
            {
                return new("result", "处理结果应为采纳（adopted）、部分采纳（partlyAdopted）或未采纳（notAdopted）。");
            }

            kind = parsed;
            text = CleanOrNull(input.Text);
            if (text is null && CommentAnswerKinds.NeedsReason(kind))
            {
                return new("text", $"“{CommentAnswerKinds.Name(kind)}”须说明理由，请在答复中填写。");
            }

            if (text?.Length > CommentRules.MaxAnswerLength)
            {
                return new("text", $"答复不超过 {CommentRules.MaxAnswerLength} 字。");
            }
        }

        var before = comment.AnswerKind;
        (comment.AnswerKind, comment.AnswerText, comment.AnsweredWithId) = (kind, text, sameAs);
        comment.AnsweredBy = access.UserName;
        comment.AnsweredAt = clock.GetUtcNow();
        audit.Record("consultation.commentAnswered", targetType: TargetType, targetId: Id(consultation.Id), organizationId: consultation.OrganizationId,
            before: new { comment = comment.Id, result = before?.ToString() },
            after: new { comment = comment.Id, result = kind.ToString(), text, sameAs });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return null;
    }

    /// <summary>Publishes the 意见采纳情况 report once the window has closed and every comment shown
    /// to the public has its answer, and links the final decision document back.</summary>
    public async Task<FieldError?> PublishReportAsync(Consultation consultation, ReportInput input, CancellationToken ct)
    {
        if (Today <= consultation.ClosesOn)
        {
            return new("summary", $"征求意见至 {consultation.ClosesOn:yyyy年M月d日} 截止，截止后才能公布意见采纳情况。");
        }

        var summary = CleanOrNull(input.Summary);
        if (summary is null || summary.Length > MaxReportLength)
        {
            return new("summary", $"请填写主要意见及采纳情况说明（不超过 {MaxReportLength} 字）。");
        }

        var unanswered = await db.Set<ConsultationComment>()
            .Where(c => c.ConsultationId == consultation.Id && c.Screening != CommentScreening.Rejected && c.AnswerKind == null)
            .Select(c => c.Id).ToListAsync(ct);
        if (unanswered.Count > 0)
        {
            return new("summary", $"还有 {unanswered.Count} 条意见未答复或未审核（编号 {string.Join("、", unanswered.Take(20))}），每条意见都须答复后才能公布。");
        }

        if (input.ResultPublicationId is { } publicationId
            && !await db.Set<Publication>().AnyAsync(p => p.Id == publicationId && p.OrganizationId == consultation.OrganizationId && p.Status == PublicationStatus.Published, ct))
        {
            return new("resultPublicationId", $"最终决策文件应为本机关已公开的信息，{publicationId} 不是。");
        }

        consultation.ReportSummary = summary;
        consultation.ReportPublishedAt = clock.GetUtcNow();
        consultation.ResultPublicationId = input.ResultPublicationId ?? consultation.ResultPublicationId;
        if (consultation.MajorDecisionId is { } decisionId && await db.Set<MajorDecision>().FirstOrDefaultAsync(d => d.Id == decisionId, ct) is { } decision
            && consultation.ResultPublicationId is { } result)
        {
            decision.ResultPublicationId = result;
            decision.Status = DecisionStatus.ResultPublished;
            decision.UpdatedAt = clock.GetUtcNow();
        }

        audit.Record("consultation.reportPublished", targetType: TargetType, targetId: Id(consultation.Id), organizationId: consultation.OrganizationId,
            after: new { consultation.ReportPublishedAt, consultation.ResultPublicationId });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return null;
    }

    public async Task<(MajorDecision? Decision, FieldError? Error)> AddDecisionAsync(int organizationId, MajorDecisionInput input, CancellationToken ct)
    {
        var name = Clean(input.Name);
        if (name.Length == 0 || name.Length > MaxTitleLength)
        {
            return (null, new("name", $"请填写决策事项名称（不超过 {MaxTitleLength} 字）。"));
        }

        if (input.Year is not (>= 2000 and <= 2100) || input.Year is not { } year)
        {
            return (null, new("year", "请填写目录年度（如 2027）。"));
        }

        var lead = Clean(input.LeadOrgan);
        var basis = Clean(input.LegalBasis);
        var planned = Clean(input.PlannedTime);
        var missing = new (bool Bad, string Field, string Label)[]
        {
            (lead.Length is 0 or > 200, "leadOrgan", "承办单位（不超过 200 字）"),
            (basis.Length is 0 or > 1000, "legalBasis", "决策依据（不超过 1000 字）"),
            (planned.Length is 0 or > 50, "plannedTime", "计划完成时间（如“2027年第二季度”）"),
        }.Where(m => m.Bad).ToList();
        if (missing.Count > 0)
        {
            return (null, new(missing[0].Field, $"请填写{string.Join("、", missing.Select(m => m.Label))}。"));
        }

        var status = DecisionStatus.Drafting;
        if (!string.IsNullOrWhiteSpace(input.Status))
        {
            if (DecisionStatuses.Parse(input.Status) is not { } parsed)
            {
                return (null, StatusMessage);
            }

            status = parsed;
        }

        var now = clock.GetUtcNow();
        var decision = new MajorDecision
        {
            OrganizationId = organizationId,
            Year = year,
            Name = name,
            LeadOrgan = lead,
            LegalBasis = basis,
            PlannedTime = planned,
            NeedsHearing = input.NeedsHearing,
            NeedsExpertReview = input.NeedsExpertReview,
            NeedsRiskAssessment = input.NeedsRiskAssessment,
            Status = status,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(decision);
        await db.SaveChangesAsync(ct);
        audit.Record("majorDecision.added", targetType: "majorDecision", targetId: Id(decision.Id), organizationId: organizationId,
            after: new { decision.Year, decision.Name, status = decision.Status.ToString() });
        await db.SaveChangesAsync(ct);
        return (decision, null);
    }

    public async Task<FieldError?> SetDecisionStatusAsync(MajorDecision decision, DecisionStatusInput input, CancellationToken ct)
    {
        if (DecisionStatuses.Parse(input.Status) is not { } status)
        {
            return StatusMessage;
        }

        if (input.ResultPublicationId is { } publicationId
            && !await db.Set<Publication>().AnyAsync(p => p.Id == publicationId && p.OrganizationId == decision.OrganizationId && p.Status == PublicationStatus.Published, ct))
        {
            return new("resultPublicationId", $"决策结果应为本机关已公开的信息，{publicationId} 不是。");
        }

        var before = decision.Status;
        decision.Status = status;
        decision.ResultPublicationId = input.ResultPublicationId ?? decision.ResultPublicationId;
        decision.UpdatedAt = clock.GetUtcNow();
        audit.Record("majorDecision.statusChanged", targetType: "majorDecision", targetId: Id(decision.Id), organizationId: decision.OrganizationId,
            before: new { status = before.ToString() }, after: new { status = status.ToString(), decision.ResultPublicationId });
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static readonly FieldError StatusMessage = new("status", "状态应为起草（drafting）、征求意见（consulting）、审议（deliberating）、已决策（decided）或已公开结果（resultPublished）。");

    private static FieldError? CheckDraft(string? draftHtml) =>
        string.IsNullOrWhiteSpace(draftHtml) ? new("draftHtml", "请提供草案正文。")
        : draftHtml.Length > MaxDraftLength ? new("draftHtml", $"草案正文超过 {MaxDraftLength:N0} 字符；请把附表等作为附件。")
        : null;

    private static string Clean(string? text) => BidiControls.Strip(text)?.Trim() ?? "";

    private static string? CleanOrNull(string? text) => Clean(text) is { Length: > 0 } t ? t : null;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Hash(int consultationId, string phone, int version, string? anchor, string text)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{consultationId}\n{digits}\n{version}\n{anchor}\n{text}"));
        return Convert.ToHexString(bytes);
    }
}
