using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.Publications;

/// <summary>Approves a stage the way a reviewer does who has done the stage's checks: the stage's
/// proofreading (校) and, at the final stage, the 保密审查 recorded first. Tests of the review order
/// use it; the tests of the checks themselves call the workflow directly.</summary>
internal static class ReviewFlowKit
{
    public static ReviewResult Pass(this ReviewWorkflow flow, Guid reviewerId, DateTimeOffset now)
    {
        if (flow.RevisionInReview && flow.Stage == flow.Stages && !flow.ConfidentialityCleared)
        {
            flow.RecordConfidentialityReview(reviewerId, passed: true, comment: null);
        }

        return flow.Approve(reviewerId, now, proofread: true);
    }
}
