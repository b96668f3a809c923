namespace Gongkai.Web.Features.Applications;

/// <summary>Settings under <c>Gongkai:Applications</c>.</summary>
public sealed class ApplicationOptions
{
    public const string Section = "Gongkai:Applications";

    /// <summary>Whether the reply clock stops while a fee notice awaits payment (REGULATIONS.md §2.2,
    /// UNCONFIRMED in the sources; paused by default).</summary>
    public bool PauseWhileFeeNoticeOpen { get; set; } = true;

    /// <summary>Calendar days after posting on which a fee notice or consultation letter sent by post
    /// is deemed received when no receipt is recorded (see <see cref="Domain.Applications.ClockSettings"/>;
    /// default 15, after 《专利法实施细则》第四条, UNCONFIRMED for 国办函〔2020〕109号).</summary>
    public int PostDeemedReceiptDays { get; set; } = 15;

    /// <summary>Calendar days after sending on which an electronic notice is deemed received (default 0: the day sent).</summary>
    public int ElectronicDeemedReceiptDays { get; set; }

    /// <summary>Whether the reply and correction periods count from the day after receipt (次日, the
    /// commentary's rule, default) or from the day of receipt (REGULATIONS.md §2.1: keep configurable).</summary>
    public bool CountFromNextDay { get; set; } = true;

    /// <summary>A second submission of the same content by the same channel with the same receipt
    /// date within this many minutes returns the first application (unchanged) instead of creating another.</summary>
    public int DuplicateWindowMinutes { get; set; } = 10;

    /// <summary>Open cases due within this many working days are highlighted on the queues and, with
    /// the overdue ones, mailed to the case handlers (when SMTP is configured).</summary>
    public int DueSoonWorkingDays { get; set; } = ApplicationQueue.DueSoonWorkingDays;

    /// <summary>China-time hour from which the day's reminders go out (the job checks hourly).</summary>
    public int ReminderHour { get; set; } = 8;
}
