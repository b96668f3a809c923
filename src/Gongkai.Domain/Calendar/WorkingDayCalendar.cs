namespace Gongkai.Domain.Calendar;

/// <summary>The one place that decides what a working day (工作日) is, used by every deadline in the
/// platform. Rule (REGULATIONS.md §8): a make-up working day is worked even on a weekend; otherwise a
/// listed holiday or rest day is not worked; otherwise Monday to Friday are worked. A date in a year
/// with no schedule throws <see cref="CalendarYearNotLoadedException"/> rather than guessing.</summary>
public sealed class WorkingDayCalendar
{
    /// <summary>Far more than any statutory limit (the longest is 40 working days); guards against
    /// runaway loops from bad input.</summary>
    public const int MaxWorkingDays = 366;

    private readonly SortedDictionary<int, YearSchedule> years;

    public WorkingDayCalendar(IEnumerable<YearSchedule> schedules)
    {
        years = new SortedDictionary<int, YearSchedule>();
        foreach (var schedule in schedules)
        {
            if (!years.TryAdd(schedule.Year, schedule))
            {
                throw new ArgumentException($"{schedule.Year}年的安排重复。", nameof(schedules));
            }
        }
    }

    /// <summary>The calendar of the official schedules built into the platform.</summary>
    public static WorkingDayCalendar Official { get; } = new(OfficialSchedules.All);

    /// <summary>The loaded years, ascending.</summary>
    public IReadOnlyCollection<int> Years => years.Keys;

    public bool HasYear(int year) => years.ContainsKey(year);

    public YearSchedule? Schedule(int year) => years.GetValueOrDefault(year);

    public bool IsWorkingDay(DateOnly date) => Describe(date).IsWorkingDay;

    public CalendarDayInfo Describe(DateOnly date)
    {
        var schedule = years.GetValueOrDefault(date.Year) ?? throw new CalendarYearNotLoadedException(date.Year);
        if (schedule.Find(date) is { } listed)
        {
            return new CalendarDayInfo(date, listed.Kind == ScheduledDayKind.Work, listed.Name, listed.Kind);
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return new CalendarDayInfo(date, !weekend, null, null);
    }

    /// <summary>Counts <paramref name="workingDays"/> working days after <paramref name="from"/>:
    /// day 1 is the first working day after it. Throws <see cref="CalendarYearNotLoadedException"/>
    /// when the count runs into a year with no schedule.</summary>
    public Deadline AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);

        var counted = new List<DateOnly>(workingDays);
        var skipped = new List<SkippedDay>();
        var day = from;
        while (counted.Count < workingDays)
        {
            day = day.AddDays(1);
            var info = Describe(day);
            if (info.IsWorkingDay)
            {
                counted.Add(day);
            }
            else
            {
                skipped.Add(new SkippedDay(day, info.Label));
            }
        }

        return new Deadline(from, workingDays, day, counted, skipped);
    }
}
