namespace Gongkai.Domain.Calendar;

/// <summary>One year's official holiday arrangement (国务院办公厅关于部分节假日安排的通知): the
/// off days and the make-up working days, each with its name. Immutable and always valid: build it
/// with <see cref="Create"/>, which returns the reasons in Chinese when the days are not a valid
/// schedule.</summary>
public sealed class YearSchedule
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxNameLength = 50;

    private readonly Dictionary<DateOnly, ScheduledDay> byDate;

    private YearSchedule(int year, IReadOnlyList<ScheduledDay> days)
    {
        Year = year;
        Days = days;
        byDate = days.ToDictionary(d => d.Date);
    }

    public int Year { get; }

    /// <summary>The listed days in date order.</summary>
    public IReadOnlyList<ScheduledDay> Days { get; }

    public ScheduledDay? Find(DateOnly date) => byDate.GetValueOrDefault(date);

    /// <summary>Builds the schedule, or throws <see cref="ArgumentException"/> listing every problem.
    /// For input from people use <see cref="Validate"/> first and show its messages.</summary>
    public static YearSchedule Create(int year, IEnumerable<ScheduledDay> days)
    {
        var list = days.OrderBy(d => d.Date).ToList();
        var errors = Validate(year, list);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("；", errors), nameof(days));
        }

        return new YearSchedule(year, list);
    }

    /// <summary>Why the days are not a valid schedule of the year; empty when they are.</summary>
    public static IReadOnlyList<string> Validate(int year, IEnumerable<ScheduledDay> days)
    {
        var errors = new List<string>();
        if (year is < MinYear or > MaxYear)
        {
            errors.Add($"年份 {year} 超出范围（{MinYear}–{MaxYear}）。");
            return errors;
        }

        var list = days.ToList();
        if (!list.Any(d => d.Kind == ScheduledDayKind.Off))
        {
            // Every real year has statutory holidays; an empty schedule is a mistake that would make
            // the year look "loaded" while answering from weekends alone.
            errors.Add($"{year}年的安排中没有任何放假日，至少应包含元旦、春节等法定节假日。");
        }

        foreach (var day in list)
        {
            errors.AddRange(ValidateDay(year, day));
        }

        foreach (var group in list.GroupBy(d => d.Date).Where(g => g.Count() > 1).OrderBy(g => g.Key))
        {
            var date = group.Key.ToString("yyyy-MM-dd");
            errors.Add(group.Select(d => d.Kind).Distinct().Count() > 1
                ? $"{date} 同时被列为放假日和调休上班日。"
                : $"{date} 重复出现（日期范围重叠）。");
        }

        return errors;
    }

    /// <summary>The rules one listed day must meet on its own, whatever else the schedule holds.</summary>
    public static IReadOnlyList<string> ValidateDay(int year, ScheduledDay day)
    {
        var errors = new List<string>();
        var date = day.Date.ToString("yyyy-MM-dd");
        if (day.Date.Year != year)
        {
            errors.Add($"{date} 不属于{year}年（跨年的放假日请录入到该日期所在的年份）。");
        }

        if (string.IsNullOrWhiteSpace(day.Name))
        {
            errors.Add($"{date} 缺少名称（如“春节”或“春节调休上班”）。");
        }
        else if (day.Name.Length > MaxNameLength)
        {
            errors.Add($"{date} 的名称过长（最多{MaxNameLength}个字）。");
        }

        if (day.Kind == ScheduledDayKind.Work && day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            // A weekday is worked anyway; listing it as a make-up day is almost always a typo in
            // the date, which would otherwise go unnoticed.
            errors.Add($"{date} 是{CalendarDayInfo.WeekdayName(day.Date.DayOfWeek)}，调休上班日只能是周六或周日。");
        }

        return errors;
    }
}
