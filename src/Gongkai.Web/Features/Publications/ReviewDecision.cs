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
}
