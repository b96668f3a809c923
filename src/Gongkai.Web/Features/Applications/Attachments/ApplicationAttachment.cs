namespace Gongkai.Web.Features.Applications.Attachments;

/// <summary>A file sent with an application (identity proof, supporting material). The bytes live in
/// the data directory's file store under <see cref="StorageKey"/>; this row is saved in the same
/// transaction as the application, so a case never points at a missing upload.</summary>
public sealed class ApplicationAttachment
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    /// <summary>The sanitised display and download name; never used as a path.</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The file's GUID name in the store, nothing taken from the upload.</summary>
    public Guid StorageKey { get; set; }
}
