namespace Gongkai.Web.Features.Publications;

/// <summary>One step in an item's history: who did what, when, at which stage, and why. The
/// approvals of the current round are read from here, so the record and the rule cannot disagree.</summary>
public sealed class ReviewAction
{
    public long Id { get; set; }

    public int PublicationId { get; set; }

    public int RevisionNumber { get; set; }

    /// <summary>Which submission of the revision this belongs to; a send-back starts a new round.</summary>
    public int Round { get; set; }

    /// <summary>The review stage (1-based) for approvals and send-backs; 0 otherwise.</summary>
    public int Stage { get; set; }

    public ReviewDecision Decision { get; set; }

    public Guid ActorId { get; set; }

    public required string ActorName { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Comment { get; set; }

    /// <summary>The result of a check step (<see cref="ReviewDecision.ConfidentialityCheck"/>): passed or not; null for other steps.</summary>
    public bool? Passed { get; set; }
}
