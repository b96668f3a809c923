using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.Publications;

/// <summary>The checks that go with the review stages (REGULATIONS.md §7.3): 保密审查 before
/// publication (《政府网站发展指引》, 国办发〔2017〕47号) and 三审三校 proofreading at each stage.</summary>
public sealed class ReviewChecksTests
{
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid R1 = Guid.NewGuid();
    private static readonly Guid R2 = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static ReviewWorkflow Submitted(int stages)
    {
        var flow = ReviewWorkflow.NewDraft(Author, stages);
        flow.Submit();
        return flow;
    }

    [Fact]
    public void Final_approval_without_a_confidentiality_review_is_refused_per_47hao()
    {
        var flow = Submitted(2);
        flow.Approve(R1, Now, proofread: true);
        var ex = Assert.Throws<PublicationRuleException>(() => flow.Approve(R2, Now, proofread: true));
        Assert.Contains("保密审查", ex.Message);
        Assert.Equal(PublicationStatus.InReview, flow.Status);
        Assert.Equal(2, flow.Stage);

        flow.RecordConfidentialityReview(R2, passed: true, comment: null);
        Assert.Equal(ReviewResult.Published, flow.Approve(R2, Now, proofread: true));
    }

    [Fact]
    public void A_confidentiality_review_may_be_taken_at_an_earlier_stage_of_the_same_round_per_47hao()
    {
        var flow = Submitted(2);
        flow.RecordConfidentialityReview(R1, passed: true, comment: null);
        flow.Approve(R1, Now, proofread: true);
        var restored = ReviewWorkflow.Restore(flow.Snapshot());
        Assert.True(restored.ConfidentialityCleared);
        Assert.Equal(ReviewResult.Published, restored.Approve(R2, Now, proofread: true));
    }

    [Fact]
    public void A_send_back_starts_a_round_that_needs_a_new_confidentiality_review_per_47hao()
    {
        var flow = Submitted(1);
        flow.RecordConfidentialityReview(R1, passed: true, comment: null);
        flow.SendBack(R1, "请补充附件");
        flow.Submit();
        Assert.False(flow.ConfidentialityCleared);
        Assert.Throws<PublicationRuleException>(() => flow.Approve(R1, Now, proofread: true));
    }

    [Fact]
    public void A_failed_confidentiality_review_returns_the_item_to_its_author_with_a_reason_per_47hao()
    {
        var flow = Submitted(3);
        Assert.Throws<PublicationRuleException>(() => flow.RecordConfidentialityReview(R1, passed: false, comment: " "));
        flow.RecordConfidentialityReview(R1, passed: false, comment: "附件含内部工作秘密");
        Assert.Equal(PublicationStatus.Draft, flow.Status);
        Assert.False(flow.RevisionInReview);
        Assert.True(flow.CanEdit);
    }

    [Fact]
    public void The_author_cannot_take_the_confidentiality_review_of_their_own_item()
    {
        var flow = Submitted(1);
        var ex = Assert.Throws<PublicationRuleException>(() => flow.RecordConfidentialityReview(Author, passed: true, comment: null));
        Assert.Contains("自己", ex.Message);
    }

    [Fact]
    public void Each_review_stage_needs_its_proofreading_san_shen_san_jiao()
    {
        var flow = Submitted(3);
        var ex = Assert.Throws<PublicationRuleException>(() => flow.Approve(R1, Now, proofread: false));
        Assert.Contains("一校", ex.Message);
        Assert.Equal(1, flow.Stage);
        flow.Approve(R1, Now, proofread: true);
        ex = Assert.Throws<PublicationRuleException>(() => flow.Approve(R2, Now, proofread: false));
        Assert.Contains("二校", ex.Message);
        Assert.Equal(["一校", "二校", "三校"], Enumerable.Range(1, 3).Select(s => ReviewStages.ProofreadName(s, 3)));
    }
}
