namespace Gongkai.Web.Features.Publications;

/// <summary>What a step in an item's history was.</summary>
public enum ReviewDecision
{
    Created,
    Submitted,
    Approved,
    SentBack,
    Published,
    Scheduled,
    Withdrawn,
    CorrectionStarted,

    /// <summary>Brought in by bulk import, already published elsewhere before the platform.</summary>
    Imported,

    /// <summary>A reviewer published despite the pre-publication checks, with a reason.</summary>
    ChecksOverridden,

    /// <summary>校: the stage's reviewer confirmed the proofreading that goes with the stage (三审三校).</summary>
    Proofread,

    /// <summary>保密审查 (ConfidentialityReview, 《政府网站发展指引》): who, when and the result in
    /// <see cref="ReviewAction.Passed"/>. A pass in the round is required before the final approval.</summary>
    ConfidentialityCheck,
}
