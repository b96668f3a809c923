namespace Gongkai.Web.Features.Publications;

/// <summary>One version of an item's content. Revision 1 is the original; each correction adds
/// one. Published revisions are kept, so the history shows what the public saw and when.</summary>
public sealed class PublicationRevision : PublicationContent
{
    public int Id { get; set; }

    public int PublicationId { get; set; }

    public int Number { get; set; }

    public Guid AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Round { get; set; }

    /// <summary>Set when this revision went public (or was scheduled to).</summary>
    public DateTimeOffset? PublishedAt { get; set; }
}
