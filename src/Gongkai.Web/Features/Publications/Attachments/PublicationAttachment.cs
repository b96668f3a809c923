using Gongkai.Domain.Publications;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>A file attached to one revision of an item. A correction copies the rows of the
/// published revision, pointing at the same stored file, so each revision lists exactly the files
/// the public saw (or will see) with it.</summary>
public sealed class PublicationAttachment
{
    public int Id { get; set; }

    public int PublicationId { get; set; }

    public int RevisionNumber { get; set; }

    /// <summary>The sanitised display and download name; never used as a path.</summary>
    public required string FileName { get; set; }

    public AttachmentKind Kind { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The file's name in the store: a GUID, nothing taken from the upload.</summary>
    public Guid StoredName { get; set; }

    public Guid UploaderId { get; set; }

    public required string UploaderName { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public AttachmentTextStatus TextStatus { get; set; }

    /// <summary>Plain text read from the file, for the personal-information check and search.</summary>
    public string? ExtractedText { get; set; }
}
