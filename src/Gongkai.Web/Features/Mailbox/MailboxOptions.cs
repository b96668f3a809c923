using Gongkai.Domain.Mailbox;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>Settings under <c>Gongkai:Mailbox</c>. The time limits of the current Chongqing mailbox
/// rules are UNCONFIRMED (REGULATIONS.md §7.4), so they are settings here, per letter type.</summary>
public sealed class MailboxOptions
{
    public const string Section = "Gongkai:Mailbox";

    /// <summary>The organ (name or short name) that receives the 区长信箱 and routes its letters.</summary>
    public string DistrictOffice { get; set; } = "区政府办公室";

    /// <summary>The citizens' hotline (市民热线) shown with the mailbox.</summary>
    public string HotlineNumber { get; set; } = "12345";

    public string HotlineHours { get; set; } = "全天24小时";

    public int SignOffWorkingDays { get; set; } = 1;

    public int ReplyWorkingDays { get; set; } = 10;

    /// <summary>Per-type sign-off limits by type code (consultation, suggestion, complaint, help, other).</summary>
    public Dictionary<string, int> SignOffWorkingDaysByType { get; set; } = [];

    /// <summary>Per-type reply limits by type code, e.g. <c>consultation: 5</c>.</summary>
    public Dictionary<string, int> ReplyWorkingDaysByType { get; set; } = [];

    public int ExtensionWorkingDays { get; set; } = 10;

    /// <summary>Open letters due within this many working days are highlighted on the queue and mailed
    /// to the handlers of the organ holding them (when SMTP is configured).</summary>
    public int DueSoonWorkingDays { get; set; } = 2;

    /// <summary>China-time hour from which the letter reminders go out (the job checks hourly).</summary>
    public int ReminderHour { get; set; } = 8;

    /// <summary>The same letter (writer, recipient, subject and content) sent again within this many
    /// minutes is the first letter, not a second one.</summary>
    public int DuplicateWindowMinutes { get; set; } = 10;

    public LetterTimeLimits Limits() => new()
    {
        SignOffWorkingDays = SignOffWorkingDays,
        ReplyWorkingDays = ReplyWorkingDays,
        SignOffByType = ByType(SignOffWorkingDaysByType),
        ReplyByType = ByType(ReplyWorkingDaysByType),
        ExtensionWorkingDays = ExtensionWorkingDays,
        DueSoonWorkingDays = DueSoonWorkingDays,
    };

    private static Dictionary<LetterType, int> ByType(Dictionary<string, int> raw) =>
        raw.Select(kv => (Type: LetterTypes.Parse(kv.Key), kv.Value)).Where(x => x.Type is not null).ToDictionary(x => x.Type!.Value, x => x.Value);
}
