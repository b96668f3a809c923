using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.Publications;

public sealed class ReviewWorkflowTests
{
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid R1 = Guid.NewGuid();
    private static readonly Guid R2 = Guid.NewGuid();
    private static readonly Guid R3 = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static ReviewWorkflow Submitted(int stages = 3)
    {
        var flow = ReviewWorkflow.NewDraft(Author, stages);
        flow.Submit();
        return flow;
    }

    private static ReviewWorkflow Published()
    {
        var flow = Submitted();
        flow.Pass(R1, Now);
        flow.Pass(R2, Now);
        flow.Pass(R3, Now);
        return flow;
    }

    private static void Refused(Action action, string message)
    {
        var error = Assert.Throws<PublicationRuleException>(action);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_new_item_is_an_editable_draft()
    {
        var flow = ReviewWorkflow.NewDraft(Author);
        Assert.Equal(PublicationStatus.Draft, flow.Status);
        Assert.True(flow.CanEdit);
        Assert.Equal(0, flow.Stage);
        Assert.Equal(3, flow.Stages);
        Assert.False(flow.IsPublicAt(Now));
    }

    [Fact]
    public void Submitting_a_draft_puts_it_in_the_first_stage_and_locks_it()
    {
        var flow = Submitted();
        Assert.Equal(PublicationStatus.InReview, flow.Status);
        Assert.Equal(1, flow.Stage);
        Assert.Equal("初审", flow.StageName);
        Refused(flow.EnsureEditable, "正在审核中");
    }

    [Fact]
    public void Only_a_draft_can_be_submitted()
    {
        Refused(() => Submitted().Submit(), "不能重复提交");
        Refused(() => Published().Submit(), "只有草稿");
    }

    [Fact]
    public void Three_distinct_reviewers_take_an_item_through_first_second_and_final_review_to_publication()
    {
        var flow = Submitted();
        Assert.Equal(ReviewResult.Advanced, flow.Pass(R1, Now));
        Assert.Equal("复审", flow.StageName);
        Assert.Equal(ReviewResult.Advanced, flow.Pass(R2, Now));
        Assert.Equal("终审", flow.StageName);
        Assert.Equal(ReviewResult.Published, flow.Pass(R3, Now));
        Assert.Equal(PublicationStatus.Published, flow.Status);
        Assert.True(flow.IsPublicAt(Now));
        Assert.False(flow.HasWorkingRevision);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_author_may_not_approve_their_own_item_at_any_stage(int stage)
    {
        var flow = Submitted();
        var others = new[] { R1, R2 };
        for (var i = 1; i < stage; i++)
        {
            flow.Pass(others[i - 1], Now);
        }

        Refused(() => flow.Pass(Author, Now), "不能审核自己");
        Assert.Equal(stage, flow.Stage);
    }

    [Fact]
    public void The_author_may_not_send_back_their_own_item()
    {
        Refused(() => Submitted().SendBack(Author, "改"), "不能审核自己");
    }

    [Fact]
    public void One_reviewer_may_approve_only_one_stage_of_the_same_item()
    {
        var flow = Submitted();
        flow.Pass(R1, Now);
        Refused(() => flow.Pass(R1, Now), "您已完成本信息的初审");
        Assert.Equal(2, flow.Stage);
    }

    [Theory]
    [InlineData(1, new[] { "终审" })]
    [InlineData(2, new[] { "初审", "终审" })]
    [InlineData(3, new[] { "初审", "复审", "终审" })]
    [InlineData(5, new[] { "初审", "复审", "三审", "四审", "终审" })]
    public void The_number_of_stages_is_configurable_from_one_to_five(int stages, string[] names)
    {
        var flow = Submitted(stages);
        var reviewers = Enumerable.Range(0, stages).Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < stages; i++)
        {
            Assert.Equal(names[i], flow.StageName);
            var result = flow.Pass(reviewers[i], Now);
            Assert.Equal(i == stages - 1 ? ReviewResult.Published : ReviewResult.Advanced, result);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Stage_counts_outside_one_to_five_are_refused(int stages)
    {
        Refused(() => ReviewWorkflow.NewDraft(Author, stages), "审核环节数");
        Refused(() => ReviewWorkflow.NewDraft(Author).Submit(stages), "审核环节数");
    }

    [Fact]
    public void Submission_takes_the_stage_count_configured_at_that_time()
    {
        var flow = ReviewWorkflow.NewDraft(Author);
        flow.Submit(1);
        Assert.Equal(ReviewResult.Published, flow.Pass(R1, Now));
    }

    [Fact]
    public void Final_approval_with_a_future_publish_time_schedules_the_item()
    {
        var flow = ReviewWorkflow.NewDraft(Author);
        flow.Schedule(Now.AddDays(2));
        flow.Submit();
        flow.Pass(R1, Now);
        flow.Pass(R2, Now);
        Assert.Equal(ReviewResult.Scheduled, flow.Pass(R3, Now));
        Assert.Equal(PublicationStatus.Scheduled, flow.Status);
        Assert.False(flow.IsPublicAt(Now.AddDays(2).AddTicks(-1)));
        Assert.True(flow.IsPublicAt(Now.AddDays(2)));
    }

    [Fact]
    public void A_publish_time_already_past_at_final_approval_publishes_at_once()
    {
        var flow = ReviewWorkflow.NewDraft(Author);
        flow.Schedule(Now.AddHours(-1));
        flow.Submit();
        flow.Pass(R1, Now);
        flow.Pass(R2, Now);
        Assert.Equal(ReviewResult.Published, flow.Pass(R3, Now));
    }

    [Fact]
    public void A_scheduled_item_is_released_when_its_time_comes()
    {
        var flow = ReviewWorkflow.NewDraft(Author);
        flow.Schedule(Now.AddDays(1));
        flow.Submit(1);
        flow.Pass(R1, Now);
        Assert.False(flow.Release(Now));
        Assert.True(flow.Release(Now.AddDays(1)));
        Assert.Equal(PublicationStatus.Published, flow.Status);
    }

    [Fact]
    public void Sending_back_returns_the_item_to_draft_and_restarts_the_round()
    {
        var flow = Submitted();
        flow.Pass(R1, Now);
        flow.SendBack(R2, "请核对发文字号。");
        Assert.Equal(PublicationStatus.Draft, flow.Status);
        Assert.True(flow.CanEdit);
        Assert.Empty(flow.Approvers);
        flow.Submit();
        Assert.Equal(1, flow.Stage);
        Assert.Equal(ReviewResult.Advanced, flow.Pass(R1, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Sending_back_requires_a_comment(string? comment)
    {
        var flow = Submitted();
        Refused(() => flow.SendBack(R1, comment), "退回意见");
        Assert.Equal(PublicationStatus.InReview, flow.Status);
    }

    [Fact]
    public void Only_an_item_in_review_can_be_approved_or_sent_back()
    {
        Refused(() => ReviewWorkflow.NewDraft(Author).Pass(R1, Now), "不在审核中");
        Refused(() => ReviewWorkflow.NewDraft(Author).SendBack(R1, "x"), "不在审核中");
        Refused(() => Published().Pass(Guid.NewGuid(), Now), "不在审核中");
    }

    [Fact]
    public void Withdrawal_takes_a_published_item_off_the_platform()
    {
        var flow = Published();
        flow.Withdraw("内容已过时。", Now);
        Assert.Equal(PublicationStatus.Withdrawn, flow.Status);
        Assert.False(flow.IsPublicAt(Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Withdrawal_requires_a_reason(string? reason)
    {
        var flow = Published();
        Refused(() => flow.Withdraw(reason, Now), "撤回理由");
        Assert.Equal(PublicationStatus.Published, flow.Status);
    }

    [Fact]
    public void Only_a_published_item_can_be_withdrawn()
    {
        Refused(() => ReviewWorkflow.NewDraft(Author).Withdraw("x", Now), "只有已发布");
        Refused(() => Submitted().Withdraw("x", Now), "只有已发布");
        var withdrawn = Published();
        withdrawn.Withdraw("x", Now);
        Refused(() => withdrawn.Withdraw("x", Now), "只有已发布");
        var scheduled = ReviewWorkflow.NewDraft(Author);
        scheduled.Schedule(Now.AddDays(1));
        scheduled.Submit(1);
        scheduled.Pass(R1, Now);
        Refused(() => scheduled.Withdraw("x", Now), "只有已发布");
    }

    [Fact]
    public void A_withdrawn_item_cannot_be_edited_corrected_or_resubmitted()
    {
        var flow = Published();
        flow.Withdraw("x", Now);
        Refused(flow.EnsureEditable, "已撤回");
        Refused(() => flow.StartCorrection(Author, Now), "只有已发布");
        Refused(() => flow.Submit(), "只有草稿");
    }

    [Fact]
    public void A_published_item_is_changed_only_through_a_correction()
    {
        Refused(Published().EnsureEditable, "发起更正");
    }

    [Fact]
    public void A_correction_is_reviewed_again_while_the_published_version_stays_visible()
    {
        var flow = Published();
        var corrector = Guid.NewGuid();
        flow.StartCorrection(corrector, Now);
        Assert.True(flow.CanEdit);
        Assert.Equal(PublicationStatus.Published, flow.Status);
        flow.Submit();
        Assert.Equal(PublicationStatus.Published, flow.Status);
        Assert.True(flow.IsPublicAt(Now));
        Assert.Equal("初审", flow.StageName);
        Refused(() => flow.Pass(corrector, Now), "不能审核自己");
        flow.SendBack(R1, "还需修改");
        Assert.Equal(PublicationStatus.Published, flow.Status);
        flow.Submit();
        flow.Pass(R1, Now);
        flow.Pass(R2, Now);
        Assert.Equal(ReviewResult.Published, flow.Pass(R3, Now));
        Assert.False(flow.HasWorkingRevision);
    }

    [Fact]
    public void Only_one_correction_at_a_time()
    {
        var flow = Published();
        flow.StartCorrection(Author, Now);
        Refused(() => flow.StartCorrection(Author, Now), "已有正在处理的更正");
    }

    [Fact]
    public void A_correction_cannot_be_scheduled()
    {
        var flow = Published();
        flow.StartCorrection(Author, Now);
        Refused(() => flow.Schedule(Now.AddDays(1)), "不能定时发布");
    }

    [Fact]
    public void Withdrawing_drops_a_correction_under_way()
    {
        var flow = Published();
        flow.StartCorrection(Author, Now);
        flow.Submit();
        flow.Withdraw("已废止", Now);
        Assert.False(flow.HasWorkingRevision);
        Assert.Equal(0, flow.Stage);
    }

    [Fact]
    public void Snapshot_and_restore_round_trip_the_state()
    {
        var flow = Submitted();
        flow.Pass(R1, Now);
        var restored = ReviewWorkflow.Restore(flow.Snapshot());
        Assert.Equal(2, restored.Stage);
        Refused(() => restored.Pass(R1, Now), "同一审核人");
        Assert.Equal(ReviewResult.Advanced, restored.Pass(R2, Now));
    }
}
