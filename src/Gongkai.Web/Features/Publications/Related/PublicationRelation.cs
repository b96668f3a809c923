namespace Gongkai.Web.Features.Publications.Related;

/// <summary>Two items shown beside each other (相关信息): a policy and its interpretation, a notice
/// and its result. Stored once and read in both directions; the items may belong to different organs.</summary>
public sealed class PublicationRelation
{
    public int Id { get; set; }

    public int PublicationId { get; set; }

    public int RelatedId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedBy { get; set; }
}
