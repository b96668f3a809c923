using Gongkai.Domain.Publications;

namespace Gongkai.Web.Features.Publications;

/// <summary>An item on an organ's disclosure platform. Its content fields hold what the public sees
/// (before the first publication: the draft), so public lists read one table; the revision being
/// worked on lives in <see cref="Revisions"/> until it passes review.</summary>
public sealed class Publication : PublicationContent
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>索引号, assigned at first publication from <see cref="IndexSerial"/>; never reused.</summary>
    public string? IndexNumber { get; set; }

    public PublicationStatus Status { get; set; }

    public Guid AuthorId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When it went (or goes) public; for a corrected item, its first publication.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ScheduledFor { get; set; }

    public int ReviewStages { get; set; } = Domain.Publications.ReviewStages.Default;

    /// <summary>The revision being drafted or reviewed; null when none.</summary>
    public int? WorkingRevisionNumber { get; set; }

    public bool WorkingInReview { get; set; }

    public int? PublishedRevisionNumber { get; set; }

    /// <summary>When the current public version replaced an earlier one (更正).</summary>
    public DateTimeOffset? CorrectedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawnReason { get; set; }

    public List<PublicationRevision> Revisions { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public PublicationRevision? WorkingRevision => Revisions.FirstOrDefault(r => r.Number == WorkingRevisionNumber);
}
