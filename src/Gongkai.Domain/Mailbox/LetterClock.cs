using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Mailbox;

/// <summary>One recorded step of a letter, as the clock needs it.</summary>
public sealed record LetterEvent(LetterEventType Type, DateOnly On);

/// <summary>The state of a letter's two clocks on a given day.</summary>
/// <param name="SignOff">Sign-off (签收) deadline, counted from the receipt or from the last routing.</param>
/// <param name="Reply">Reply (答复) deadline, counted from the receipt, moved once by an extension.</param>
public sealed record LetterClockResult(
    LetterStage Stage,
    Deadline SignOff,
    Deadline Reply,
    DateOnly? SignedOffOn,
    DateOnly? RepliedOn,
    DateOnly? PublishedOn,
    bool Extended,
    bool Overdue,
    bool DueSoon)
{
    /// <summary>Replied within the (possibly extended) time limit; null while unanswered.</summary>
    public bool? OnTime => RepliedOn is { } r ? r <= Reply.Due : null;

    /// <summary>The deadline that matters now: sign-off while awaiting it, otherwise the reply.</summary>
    public Deadline Current => Stage is LetterStage.AwaitingRouting or LetterStage.AwaitingSignOff ? SignOff : Reply;
}

/// <summary>Replays a letter's events on the working-day calendar. Day 1 of every limit is the first
/// working day after the day it runs from (「次日起算」, REGULATIONS.md §2.1), so a letter received
/// on a Saturday, like one received on the Friday before, starts counting on the Monday.</summary>
public static class LetterClock
{
    public static LetterClockResult Compute(DateOnly receivedOn, LetterType type, bool startsWithDistrictOffice,
        IEnumerable<LetterEvent> events, WorkingDayCalendar calendar, LetterTimeLimits limits, DateOnly today)
    {
        var stage = startsWithDistrictOffice ? LetterStage.AwaitingRouting : LetterStage.AwaitingSignOff;
        var signOffFrom = receivedOn;
        DateOnly? signedOff = null, replied = null, published = null;
        var extended = false;
        foreach (var e in events)
        {
            switch (e.Type)
            {
                case LetterEventType.Routed:
                    stage = LetterStage.AwaitingSignOff;
                    signOffFrom = e.On;
                    signedOff = null;
                    break;
                case LetterEventType.SignedOff:
                    stage = LetterStage.Handling;
                    signedOff = e.On;
                    break;
                case LetterEventType.Returned:
                    stage = LetterStage.AwaitingRouting;
                    signOffFrom = e.On;
                    signedOff = null;
                    break;
                case LetterEventType.Extended:
                    extended = true;
                    break;
                case LetterEventType.Replied:
                    stage = LetterStage.Replied;
                    replied = e.On;
                    break;
                case LetterEventType.Published:
                    stage = LetterStage.Published;
                    published = e.On;
                    break;
            }
        }

        var signOff = calendar.AddWorkingDays(signOffFrom, limits.SignOff(type));
        var reply = calendar.AddWorkingDays(receivedOn, limits.Reply(type));
        if (extended)
        {
            // The extension adds working days after the original limit: one count from the receipt.
            reply = calendar.AddWorkingDays(receivedOn, reply.WorkingDays + limits.ExtensionWorkingDays);
        }

        var open = replied is null;
        var current = stage is LetterStage.AwaitingRouting or LetterStage.AwaitingSignOff ? signOff : reply;
        var overdue = open && (today > reply.Due || (current == signOff && today > signOff.Due));
        var dueSoon = open && !overdue && WorkingDaysUntil(calendar, today, current.Due) <= limits.DueSoonWorkingDays;
        return new LetterClockResult(stage, signOff, reply, signedOff, replied, published, extended, overdue, dueSoon);
    }

    /// <summary>Why the event may not be recorded now, or null when it may.</summary>
    public static string? Check(LetterStage stage, bool extended, bool routedToOrgan, LetterEventType next) => next switch
    {
        _ when stage == LetterStage.Published => "该来信已公开，办理已结束。",
        LetterEventType.Routed when stage is LetterStage.Replied => "该来信已答复，不能再交办。",
        LetterEventType.Routed when stage is not LetterStage.AwaitingRouting => "只有待交办的来信可以交办；承办机关认为不属于本机关办理的，应先退回。",
        LetterEventType.SignedOff when stage is not (LetterStage.AwaitingSignOff or LetterStage.AwaitingRouting) => "只有待签收（或区政府办公室自办的待交办）来信可以签收。",
        LetterEventType.Returned when !routedToOrgan => "直接写给本机关信箱或由区政府办公室自办的来信不能退回。",
        LetterEventType.Returned when stage is not (LetterStage.AwaitingSignOff or LetterStage.Handling) => "只有交办后尚未答复的来信可以退回。",
        LetterEventType.Extended when extended => "每封来信只能延期一次。",
        LetterEventType.Extended when stage is LetterStage.Replied => "该来信已答复，不能延期。",
        LetterEventType.Replied when stage is LetterStage.Replied => "该来信已经答复。",
        LetterEventType.Replied when stage is LetterStage.AwaitingSignOff => "请先签收来信再答复。",
        LetterEventType.Published when stage != LetterStage.Replied => "只有已答复的来信可以公开。",
        _ => null,
    };

    /// <summary>Working days from today (exclusive) to the due date (inclusive); 0 when due today or past.</summary>
    public static int WorkingDaysUntil(WorkingDayCalendar calendar, DateOnly today, DateOnly due)
    {
        var n = 0;
        for (var d = today.AddDays(1); d <= due && n < WorkingDayCalendar.MaxWorkingDays; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                n++;
            }
        }

        return n;
    }
}
