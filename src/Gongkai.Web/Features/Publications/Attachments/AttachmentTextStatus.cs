namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>Whether text could be read from an attachment.</summary>
public enum AttachmentTextStatus
{
    Extracted,

    /// <summary>Images, legacy binary formats and OFD: no text reader here.</summary>
    NotSupported,

    /// <summary>The reader failed on this file (damaged or unusual); the upload itself stands.</summary>
    Failed,
}
