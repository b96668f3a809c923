namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>The "Gongkai:Attachments" settings.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Gongkai:Attachments";

    /// <summary>Largest file an editor may upload, in megabytes.</summary>
    public int MaxMegabytes { get; set; } = 50;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;
}
