namespace Gongkai.Web.Features.Publications;

/// <summary>Body of the review actions: <c>comment</c> for approve and send-back, <c>reason</c> for withdraw,
/// and <c>overrideReason</c> for a final approval that publishes despite the pre-publication checks'
/// findings (the UI's "忽略检查问题并通过": required then, and recorded). An approval carries
/// <c>proofread: true</c> (the stage's 校, 三审三校) and may carry <c>confidentialityReview: "passed"</c>
/// (保密审查 taken with the stage; required before the final approval unless recorded earlier in the
/// round). <c>POST …/confidentiality-review</c> takes <c>result</c> ("passed"/"failed") and <c>comment</c>.</summary>
public sealed record PublicationReviewInput(string? Comment, string? Reason, string? OverrideReason = null, bool? Proofread = null,
    string? ConfidentialityReview = null, string? Result = null);
