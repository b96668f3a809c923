namespace Gongkai.Web.Features.Publications;

/// <summary>Body of the review actions: <c>comment</c> for approve and send-back, <c>reason</c> for withdraw.</summary>
public sealed record PublicationReviewInput(string? Comment, string? Reason);
