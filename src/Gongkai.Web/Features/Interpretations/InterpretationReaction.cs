namespace Gongkai.Web.Features.Interpretations;

/// <summary>A public reaction to a published interpretation found afterwards (the seed's 政务舆情
/// 收集、研判、处置和回应机制): where and when it appeared, what it said, and the response made.
/// Staff-only: it helps the organ follow up, and appears on its interpretation dashboard.</summary>
public sealed class InterpretationReaction
{
    public int Id { get; set; }

    /// <summary>The interpretation's publication.</summary>
    public int PublicationId { get; set; }

    public int OrganizationId { get; set; }

    public DateOnly FoundOn { get; set; }

    /// <summary>Where it appeared: a news site, a forum, the hotline, the mailbox…</summary>
    public required string Source { get; set; }

    /// <summary>What the public said, summarised.</summary>
    public required string Summary { get; set; }

    /// <summary>The response made (a further interpretation, a reply, a correction…); empty while open.</summary>
    public string? Response { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? RecordedBy { get; set; }
}
