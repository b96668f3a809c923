namespace Gongkai.Domain.Publications;

/// <summary>One allowed file type: its extension, the content type it is served with, how its real
/// type is recognised, and for zip-based formats the entry that proves what it is.</summary>
public sealed record AttachmentType(AttachmentKind Kind, string Extension, string ContentType, string Label,
    AttachmentContainer Container, string? RequiredZipEntry = null);
