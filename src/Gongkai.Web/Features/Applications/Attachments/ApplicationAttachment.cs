namespace Gongkai.Web.Features.Applications.Attachments;

/// <summary>A file sent with an application (identity proof, supporting material). This row is saved
/// in the same transaction as the application, so a case never points at a missing upload.</summary>
public sealed class ApplicationAttachment : StoredUpload
{
    public int ApplicationId { get; set; }
}
