using Gongkai.Domain.Calendar;
using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.Publications;

public sealed class TimelinessTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly DateOnly Formed = new(2026, 3, 2);

    [Fact]
    public void Due_date_is_twenty_working_days_after_the_day_the_information_was_formed()
    {
        // 2026-03-03 is day 1; four full weeks of March give day 20 on Monday 30 March.
        Assert.Equal(new DateOnly(2026, 3, 30), Timeliness.DueDate(Calendar, Formed).Due);
    }

    [Fact]
    public void Due_date_skips_statutory_holidays()
    {
        var formed = new DateOnly(2026, 9, 25);
        Assert.Equal(Calendar.AddWorkingDays(formed, 20).Due, Timeliness.DueDate(Calendar, formed).Due);
        Assert.Contains(Timeliness.DueDate(Calendar, formed).Skipped, s => s.Name == "国庆节");
    }

    [Fact]
    public void Published_on_or_before_the_due_date_is_on_time()
    {
        Assert.Equal(TimelinessStatus.OnTime, Timeliness.Assess(Calendar, Formed, new DateOnly(2026, 3, 30), new DateOnly(2026, 6, 1)).Status);
    }

    [Fact]
    public void Published_after_the_due_date_is_late()
    {
        Assert.Equal(TimelinessStatus.Late, Timeliness.Assess(Calendar, Formed, new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 31)).Status);
    }

    [Fact]
    public void Unpublished_with_many_working_days_left_is_on_time()
    {
        var result = Timeliness.Assess(Calendar, Formed, null, new DateOnly(2026, 3, 9));
        Assert.Equal(TimelinessStatus.OnTime, result.Status);
        Assert.Equal(15, result.WorkingDaysLeft);
    }

    [Fact]
    public void Unpublished_with_five_working_days_or_fewer_left_is_at_risk()
    {
        var result = Timeliness.Assess(Calendar, Formed, null, new DateOnly(2026, 3, 23));
        Assert.Equal(TimelinessStatus.AtRisk, result.Status);
        Assert.Equal(5, result.WorkingDaysLeft);
        Assert.Equal(TimelinessStatus.AtRisk, Timeliness.Assess(Calendar, Formed, null, new DateOnly(2026, 3, 30)).Status);
    }

    [Fact]
    public void Unpublished_past_the_due_date_is_late()
    {
        Assert.Equal(TimelinessStatus.Late, Timeliness.Assess(Calendar, Formed, null, new DateOnly(2026, 3, 31)).Status);
    }

    [Fact]
    public void A_year_without_schedule_is_refused_rather_than_guessed()
    {
        Assert.Throws<CalendarYearNotLoadedException>(() => Timeliness.DueDate(Calendar, new DateOnly(2026, 12, 20)));
    }
}
