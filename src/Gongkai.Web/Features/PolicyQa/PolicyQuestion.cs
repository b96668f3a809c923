using Gongkai.Domain.PolicyQa;

namespace Gongkai.Web.Features.PolicyQa;

/// <summary>A 政策问答 pair kept by an organ, public once saved, linked to the policies it explains
/// and listed on each of their pages.</summary>
public sealed class PolicyQuestion
{
    public const int MaxQuestionLength = 500;
    public const int MaxAnswerLength = 20_000;

    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public string Question { get; set; } = "";

    /// <summary>Plain text; paragraphs by line breaks.</summary>
    public string Answer { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<PolicyQuestionLink> Links { get; set; } = [];
}

/// <summary>A policy the question explains: a normative document by its id, an interpretation by
/// its publication id (the ids in their public addresses).</summary>
public sealed class PolicyQuestionLink
{
    public int Id { get; set; }

    public int QuestionId { get; set; }

    public PolicyKind Kind { get; set; }

    public int PolicyId { get; set; }
}
