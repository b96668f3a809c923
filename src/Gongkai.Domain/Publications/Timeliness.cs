using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Publications;

/// <summary>Art. 26: information within proactive disclosure is published within 20 working days
/// of the day it is formed or changed (day 1 is the next working day, REGULATIONS.md §2.1).</summary>
public static class Timeliness
{
    public const int LimitWorkingDays = 20;

    /// <summary>Unpublished items with this many working days left or fewer are at risk.</summary>
    public const int DefaultAtRiskWorkingDays = 5;

    /// <summary>The publication deadline; throws <see cref="CalendarYearNotLoadedException"/> when
    /// the count runs into a year with no schedule.</summary>
    /// <param name="limitWorkingDays">Art. 26's 20 unless the organ's standard catalogue sets a
    /// stricter limit for the column the item is published in (e.g. “10个工作日内”).</param>
    public static Deadline DueDate(WorkingDayCalendar calendar, DateOnly formedOn, int limitWorkingDays = LimitWorkingDays) =>
        calendar.AddWorkingDays(formedOn, limitWorkingDays);

    /// <summary>Classifies an item: published items by their publication date, unpublished ones by
    /// <paramref name="today"/>.</summary>
    public static TimelinessAssessment Assess(WorkingDayCalendar calendar, DateOnly formedOn, DateOnly? publishedOn, DateOnly today,
        int atRiskWorkingDays = DefaultAtRiskWorkingDays, int limitWorkingDays = LimitWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(atRiskWorkingDays);
        var deadline = DueDate(calendar, formedOn, limitWorkingDays);
        if (publishedOn is { } published)
        {
            return new(deadline, published > deadline.Due ? TimelinessStatus.Late : TimelinessStatus.OnTime, 0);
        }

        if (today > deadline.Due)
        {
            return new(deadline, TimelinessStatus.Late, 0);
        }

        var left = 0;
        for (var day = today.AddDays(1); day <= deadline.Due; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                left++;
            }
        }

        return new(deadline, left <= atRiskWorkingDays ? TimelinessStatus.AtRisk : TimelinessStatus.OnTime, left);
    }
}
