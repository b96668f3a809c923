namespace Gongkai.Domain.OrganizationFunctions;

/// <summary>Where a version of the 机构职能 record stands. Only one version of an organ is
/// <see cref="Published"/> at a time; the public sees that one and nothing else.</summary>
public enum FunctionsVersionStatus
{
    /// <summary>Saved by an editor, waiting for a reviewer of the organ.</summary>
    PendingReview,

    /// <summary>Approved: the organ's current public record.</summary>
    Published,

    /// <summary>Approved once, replaced by a later approved version; kept as history.</summary>
    Superseded,

    /// <summary>Sent back by the reviewer with a comment; never public.</summary>
    SentBack,

    /// <summary>Replaced by a newer edit before anyone reviewed it; never public.</summary>
    Withdrawn,
}
