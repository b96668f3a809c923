namespace Gongkai.Domain.Publications;

/// <summary>三审三校: the review an item passes before it goes public, and what may happen to it
/// afterwards. Restore it from a <see cref="ReviewSnapshot"/>, call one transition, store the new
/// <see cref="Snapshot"/>. Every transition not allowed from the current state throws
/// <see cref="PublicationRuleException"/> and changes nothing.
/// <para>Two checks go with the review stages (REGULATIONS.md §7.3): each stage's approval carries
/// its proofreading (校: 一校 with 初审 …), and before the final approval makes the revision public a
/// confidentiality review (保密审查, 《政府网站发展指引》 国办发〔2017〕47号) must have passed in the
/// same round. It is its own recorded step, which a reviewer may take together with a stage.</para></summary>
public sealed class ReviewWorkflow
{
    private readonly List<Guid> approvers;

    private ReviewWorkflow(ReviewSnapshot s)
    {
        ReviewStages.Validate(s.Stages);
        Status = s.Status;
        Stages = s.Stages;
        RevisionAuthorId = s.RevisionAuthorId;
        RevisionInReview = s.RevisionAuthorId is not null && s.RevisionInReview;
        approvers = RevisionInReview ? [.. s.Approvers] : [];
        HasPublishedVersion = s.HasPublishedVersion;
        ScheduledFor = s.ScheduledFor;
        ConfidentialityCleared = RevisionInReview && s.ConfidentialityCleared;
    }

    public PublicationStatus Status { get; private set; }

    public int Stages { get; private set; }

    public Guid? RevisionAuthorId { get; private set; }

    public bool RevisionInReview { get; private set; }

    public IReadOnlyList<Guid> Approvers => approvers;

    /// <summary>True once a version has passed final review (published or scheduled).</summary>
    public bool HasPublishedVersion { get; private set; }

    public DateTimeOffset? ScheduledFor { get; private set; }

    /// <summary>A 保密审查 of the revision in review passed in this round.</summary>
    public bool ConfidentialityCleared { get; private set; }

    public bool HasWorkingRevision => RevisionAuthorId is not null;

    /// <summary>The stage waiting for a decision (1-based), or 0 when nothing is in review.</summary>
    public int Stage => RevisionInReview ? approvers.Count + 1 : 0;

    public string? StageName => RevisionInReview ? ReviewStages.Name(Stage, Stages) : null;

    public bool CanEdit => HasWorkingRevision && !RevisionInReview;

    public static ReviewWorkflow NewDraft(Guid authorId, int stages = ReviewStages.Default) =>
        new(new ReviewSnapshot(PublicationStatus.Draft, stages, authorId, false, [], false, null));

    public static ReviewWorkflow Restore(ReviewSnapshot snapshot) => new(snapshot);

    public ReviewSnapshot Snapshot() =>
        new(Status, Stages, RevisionAuthorId, RevisionInReview, [.. approvers], HasPublishedVersion, ScheduledFor, ConfidentialityCleared);

    /// <summary>Whether the public sees the item at <paramref name="now"/>. A scheduled item
    /// appears when its time comes, without waiting for a background job.</summary>
    public bool IsPublicAt(DateTimeOffset now) => IsPublic(Status, ScheduledFor, now);

    public static bool IsPublic(PublicationStatus status, DateTimeOffset? scheduledFor, DateTimeOffset now) =>
        status == PublicationStatus.Published || (status == PublicationStatus.Scheduled && scheduledFor <= now);

    /// <summary>Turns a scheduled item whose time has come into a published one.</summary>
    public bool Release(DateTimeOffset now)
    {
        if (Status == PublicationStatus.Scheduled && ScheduledFor <= now)
        {
            Status = PublicationStatus.Published;
            return true;
        }

        return false;
    }

    public void EnsureEditable()
    {
        if (!CanEdit)
        {
            throw new PublicationRuleException(Status == PublicationStatus.Withdrawn
                ? "该信息已撤回，不能修改。"
                : RevisionInReview ? "该信息正在审核中，不能修改；如需修改，请审核人退回。" : "该信息已发布，如需修改请发起更正。");
        }
    }

    /// <summary>Sets (or clears) the time the first publication should go public. A correction
    /// replaces the published version as soon as it passes review, so it takes no schedule.</summary>
    public void Schedule(DateTimeOffset? at)
    {
        EnsureEditable();
        if (at is not null && HasPublishedVersion)
        {
            throw new PublicationRuleException("更正内容审核通过后立即替换已发布版本，不能定时发布。");
        }

        ScheduledFor = at;
    }

    /// <summary>Sends the working revision to the first stage. <paramref name="stages"/> is the
    /// organ's setting at the time of submission, so a later change of setting does not disturb
    /// items already in review.</summary>
    public void Submit(int? stages = null)
    {
        if (!HasWorkingRevision || Status == PublicationStatus.Withdrawn)
        {
            throw new PublicationRuleException("只有草稿可以提交审核。");
        }

        if (RevisionInReview)
        {
            throw new PublicationRuleException("该信息已在审核中，不能重复提交。");
        }

        if (stages is { } n)
        {
            ReviewStages.Validate(n);
            Stages = n;
        }

        RevisionInReview = true;
        ConfidentialityCleared = false;
        approvers.Clear();
        if (!HasPublishedVersion)
        {
            Status = PublicationStatus.InReview;
        }
    }

    /// <summary>Records the result of a 保密审查 of the revision in review. A pass clears the
    /// revision for the final approval of this round; a failure returns it to its author like a
    /// send-back, with the reason.</summary>
    public void RecordConfidentialityReview(Guid reviewerId, bool passed, string? comment)
    {
        CheckReviewer(reviewerId);
        if (passed)
        {
            ConfidentialityCleared = true;
            return;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new PublicationRuleException("保密审查不通过时必须填写原因。");
        }

        ReturnToAuthor();
    }

    /// <param name="proofread">The reviewer confirms this stage's proofreading (校) is done.</param>
    public ReviewResult Approve(Guid reviewerId, DateTimeOffset now, bool proofread)
    {
        var stage = Stage;
        CheckReviewer(reviewerId);
        if (approvers.Contains(reviewerId))
        {
            var earlier = ReviewStages.Name(approvers.IndexOf(reviewerId) + 1, Stages);
            throw new PublicationRuleException($"您已完成本信息的{earlier}，同一审核人不能审核同一信息的两个环节。");
        }

        if (!proofread)
        {
            throw new PublicationRuleException($"{ReviewStages.Name(stage, Stages)}通过前须完成{ReviewStages.ProofreadName(stage, Stages)}（校对文字、数据、标点和链接），请确认后再通过。");
        }

        if (stage == Stages && !ConfidentialityCleared)
        {
            throw new PublicationRuleException("发布前须完成保密审查：请核实不含国家秘密、工作秘密、个人隐私和商业秘密后，勾选“保密审查通过”并记录（《政府网站发展指引》）。");
        }

        approvers.Add(reviewerId);
        if (stage < Stages)
        {
            return ReviewResult.Advanced;
        }

        var correction = HasPublishedVersion;
        RevisionAuthorId = null;
        RevisionInReview = false;
        ConfidentialityCleared = false;
        approvers.Clear();
        HasPublishedVersion = true;
        if (!correction && ScheduledFor > now)
        {
            Status = PublicationStatus.Scheduled;
            return ReviewResult.Scheduled;
        }

        Status = PublicationStatus.Published;
        return ReviewResult.Published;
    }

    /// <summary>Returns the revision to its author as a draft; the round starts again, so every
    /// stage reviews the changed text.</summary>
    public void SendBack(Guid reviewerId, string? comment)
    {
        CheckReviewer(reviewerId);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new PublicationRuleException("退回时必须填写退回意见。");
        }

        ReturnToAuthor();
    }

    private void ReturnToAuthor()
    {
        RevisionInReview = false;
        ConfidentialityCleared = false;
        approvers.Clear();
        if (!HasPublishedVersion)
        {
            Status = PublicationStatus.Draft;
        }
    }

    /// <summary>Takes a published item off the platform. Any correction under way is dropped.</summary>
    public void Withdraw(string? reason, DateTimeOffset now)
    {
        Release(now);
        if (Status != PublicationStatus.Published)
        {
            throw new PublicationRuleException("只有已发布的信息可以撤回。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new PublicationRuleException("撤回时必须填写撤回理由。");
        }

        Status = PublicationStatus.Withdrawn;
        RevisionAuthorId = null;
        RevisionInReview = false;
        ConfidentialityCleared = false;
        approvers.Clear();
    }

    /// <summary>Starts a correction (更正) of a published item: a new revision that is reviewed
    /// again while the published version stays visible.</summary>
    public void StartCorrection(Guid authorId, DateTimeOffset now)
    {
        Release(now);
        if (Status != PublicationStatus.Published)
        {
            throw new PublicationRuleException("只有已发布的信息可以发起更正。");
        }

        if (HasWorkingRevision)
        {
            throw new PublicationRuleException("该信息已有正在处理的更正，请在其基础上修改。");
        }

        RevisionAuthorId = authorId;
        RevisionInReview = false;
        ScheduledFor = null;
    }

    private void CheckReviewer(Guid reviewerId)
    {
        if (!RevisionInReview)
        {
            throw new PublicationRuleException("该信息当前不在审核中。");
        }

        if (reviewerId == RevisionAuthorId)
        {
            throw new PublicationRuleException("不能审核自己撰写的信息。");
        }
    }
}
