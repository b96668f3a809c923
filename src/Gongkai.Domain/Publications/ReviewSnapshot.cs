namespace Gongkai.Domain.Publications;

/// <summary>The stored state of an item's review, from which a <see cref="ReviewWorkflow"/> is
/// restored. <see cref="RevisionAuthorId"/> is null when no revision is being worked on (a
/// published item with no correction, or a withdrawn one). <see cref="Approvers"/> are the
/// reviewers of the current round, in stage order. <see cref="ConfidentialityCleared"/> is true when
/// a 保密审查 of the current round passed.</summary>
public sealed record ReviewSnapshot(
    PublicationStatus Status,
    int Stages,
    Guid? RevisionAuthorId,
    bool RevisionInReview,
    IReadOnlyList<Guid> Approvers,
    bool HasPublishedVersion,
    DateTimeOffset? ScheduledFor,
    bool ConfidentialityCleared = false);
