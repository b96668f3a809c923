namespace Gongkai.Web.Features.Publications;

/// <summary>Body of the review actions: <c>comment</c> for approve and send-back, <c>reason</c> for withdraw,
/// and <c>overrideReason</c> for a final approval that publishes despite the pre-publication checks'
/// findings (the UI's "忽略检查问题并通过": required then, and recorded).</summary>
public sealed record PublicationReviewInput(string? Comment, string? Reason, string? OverrideReason = null);
