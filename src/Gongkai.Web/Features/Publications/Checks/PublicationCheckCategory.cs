namespace Gongkai.Web.Features.Publications.Checks;

/// <summary>What a pre-publication check looked at.</summary>
public enum PublicationCheckCategory
{
    PersonalInformation,
    Metadata,
    BrokenLink,

    /// <summary>An attachment whose text could not be read; a note, never blocking.</summary>
    AttachmentText,
}
