using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Enforcement;

/// <summary>When an enforcement decision must be public (国办发〔2018〕118号, REGULATIONS.md §7.1):
/// licences and penalties within 7 working days of the decision, every other decision within 20.
/// Day 1 is the first working day after the decision date, on the platform's calendar, so the due
/// date explains itself like the application clock (<see cref="Deadline.Explanation"/>).</summary>
public static class PublicationClock
{
    public const int LicenceAndPenaltyDays = 7;

    public const int OtherDays = 20;

    /// <summary>A pending decision due within this many working days is listed as 临期.</summary>
    public const int DueSoonWorkingDays = 3;

    public static int WorkingDays(EnforcementCategory category) =>
        EnforcementCategories.IsDualPublication(category) ? LicenceAndPenaltyDays : OtherDays;

    public static Deadline Due(WorkingDayCalendar calendar, EnforcementCategory category, DateOnly decidedOn) =>
        calendar.AddWorkingDays(decidedOn, WorkingDays(category));

    /// <summary>The explanation with the rule it applies.</summary>
    public static string Explain(Deadline due, EnforcementCategory category) =>
        $"{EnforcementCategories.Name(category)}决定应在作出之日起{WorkingDays(category)}个工作日内公开（国办发〔2018〕118号）：{due.Explanation}";

    /// <summary>How many working days after <paramref name="due"/> it was published (0 when on time):
    /// the working days from the day after the due date up to and including the publication day.</summary>
    public static int LateBy(WorkingDayCalendar calendar, DateOnly due, DateOnly publishedOn)
    {
        var late = 0;
        for (var day = due.AddDays(1); day <= publishedOn; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                late++;
            }
        }

        return late;
    }

    /// <summary>Where a decision not yet public stands on <paramref name="today"/>.</summary>
    public static PublicationUrgency Urgency(WorkingDayCalendar calendar, DateOnly due, DateOnly today)
    {
        if (today > due)
        {
            return PublicationUrgency.Overdue;
        }

        var soon = calendar.AddWorkingDays(today, DueSoonWorkingDays).Due;
        return due <= soon ? PublicationUrgency.DueSoon : PublicationUrgency.OnTime;
    }
}

public enum PublicationUrgency
{
    OnTime,

    /// <summary>临期: due within <see cref="PublicationClock.DueSoonWorkingDays"/> working days.</summary>
    DueSoon,

    /// <summary>逾期: the due date has passed.</summary>
    Overdue,
}
