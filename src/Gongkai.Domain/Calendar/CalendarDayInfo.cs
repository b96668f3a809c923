namespace Gongkai.Domain.Calendar;

/// <summary>What the calendar says about one date.</summary>
/// <param name="Name">The holiday or make-up day name; null for an ordinary weekday or weekend.</param>
/// <param name="Kind">Set when the schedule lists the date; null when the Monday-to-Friday rule decides.</param>
public sealed record CalendarDayInfo(DateOnly Date, bool IsWorkingDay, string? Name, ScheduledDayKind? Kind)
{
    public bool IsWeekend => Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>A name for every non-working day, for lists of skipped days: the holiday name, or
    /// "周六"/"周日" for an ordinary weekend.</summary>
    public string Label => Name ?? WeekdayName(Date.DayOfWeek);

    public static string WeekdayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };
}
