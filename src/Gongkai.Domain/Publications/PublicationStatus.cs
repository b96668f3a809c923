namespace Gongkai.Domain.Publications;

/// <summary>Where an item stands for the public. A correction under way does not change this: the
/// published version stays visible while the new revision is reviewed.</summary>
public enum PublicationStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Withdrawn,
}
