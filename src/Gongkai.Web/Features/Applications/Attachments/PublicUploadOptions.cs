namespace Gongkai.Web.Features.Applications.Attachments;

/// <summary>The "Gongkai:PublicUploads" settings: files sent by the public with the online
/// application form, which anyone can post. Smaller than the editors'
/// <c>Gongkai:Attachments:MaxMegabytes</c>; the smaller of the two applies.</summary>
public sealed class PublicUploadOptions
{
    public const string Section = "Gongkai:PublicUploads";

    /// <summary>Largest file, in megabytes (a scanned ID card or letter is well under this).</summary>
    public int MaxFileMegabytes { get; set; } = 10;

    /// <summary>Megabytes one client address may upload per China day.</summary>
    public int MaxDailyMegabytesPerClient { get; set; } = 50;

    /// <summary>When the day's total from all clients passes this, a warning is logged and an
    /// audit entry <c>upload.quotaAlarm</c> is written (once per day) for the operators.</summary>
    public int AlarmDailyMegabytes { get; set; } = 1024;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    public long MaxDailyBytesPerClient => MaxDailyMegabytesPerClient * 1024L * 1024L;

    public long AlarmDailyBytes => AlarmDailyMegabytes * 1024L * 1024L;
}
