using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    private static DateOnly D(string s) => DateOnly.Parse(s);

    [Fact]
    public void Day_one_is_the_first_working_day_after_from()
    {
        // Friday 2024-03-01: day 1 is Monday 03-04, the weekend in between is skipped.
        var deadline = Calendar.AddWorkingDays(D("2024-03-01"), 1);
        Assert.Equal(D("2024-03-04"), deadline.Due);
        Assert.Equal([new SkippedDay(D("2024-03-02"), "周六"), new SkippedDay(D("2024-03-03"), "周日")], deadline.Skipped);
    }

    [Fact]
    public void Deadline_skips_the_extended_2020_spring_festival()
    {
        // Received Thursday 2020-01-23: the break runs 01-24 to 02-02 (02-01 Sat was turned off).
        var deadline = Calendar.AddWorkingDays(D("2020-01-23"), 20);
        Assert.Equal(D("2020-01-24"), deadline.Skipped[0].Date);
        Assert.Equal(10, deadline.Skipped.Count(s => s.Name == "春节"));
        Assert.Contains(new SkippedDay(D("2020-02-01"), "春节"), deadline.Skipped);
        Assert.Equal(D("2020-02-03"), deadline.CountedDays[0]);
        Assert.Equal(D("2020-02-28"), deadline.Due);
    }

    [Fact]
    public void Deadline_counts_the_make_up_sunday_before_the_2020_spring_festival()
    {
        // Friday 2020-01-17: Sunday 01-19 is a make-up working day, so it is day 1.
        var deadline = Calendar.AddWorkingDays(D("2020-01-17"), 1);
        Assert.Equal(D("2020-01-19"), deadline.Due);
        Assert.Equal([new SkippedDay(D("2020-01-18"), "周六")], deadline.Skipped);
    }

    [Fact]
    public void Deadline_skips_the_eight_day_2020_national_day_break_and_counts_its_make_up_saturday()
    {
        // Wednesday 2020-09-30: 10-01 to 10-08 off, 10-09 Fri day 1, 10-10 Sat (make-up) day 2.
        var deadline = Calendar.AddWorkingDays(D("2020-09-30"), 2);
        Assert.Equal(D("2020-10-10"), deadline.Due);
        Assert.Equal(8, deadline.Skipped.Count);
        Assert.All(deadline.Skipped, s => Assert.Equal("国庆节、中秋节", s.Name));
    }

    [Fact]
    public void Twenty_working_days_across_national_day_2024()
    {
        // Friday 2024-09-27: 09-29 Sun is worked, 10-01..10-07 off, 10-12 Sat worked.
        var deadline = Calendar.AddWorkingDays(D("2024-09-27"), 20);
        Assert.Equal(D("2024-09-29"), deadline.CountedDays[0]);
        Assert.Contains(D("2024-10-12"), deadline.CountedDays);
        Assert.Equal(7, deadline.Skipped.Count(s => s.Name == "国庆节"));
        Assert.Equal(D("2024-10-30"), deadline.Due);
    }

    [Fact]
    public void Deadline_across_the_2026_spring_festival_counts_both_make_up_saturdays()
    {
        // Friday 2026-02-13: 02-14 Sat worked (day 1), 02-15..02-23 off, 02-28 Sat worked.
        var deadline = Calendar.AddWorkingDays(D("2026-02-13"), 7);
        Assert.Equal(D("2026-02-14"), deadline.CountedDays[0]);
        Assert.Equal(9, deadline.Skipped.Count(s => s.Name == "春节"));
        Assert.Equal([D("2026-02-14"), D("2026-02-24"), D("2026-02-25"), D("2026-02-26"), D("2026-02-27"), D("2026-02-28"), D("2026-03-02")], deadline.CountedDays);
        Assert.Equal(D("2026-03-02"), deadline.Due);
    }

    [Fact]
    public void Deadline_crosses_into_the_next_year_through_new_year_2023_starting_in_2022()
    {
        // Friday 2022-12-30: 12-31 (元旦 of 2023, listed in 2022), 01-01, 01-02 off.
        var deadline = Calendar.AddWorkingDays(D("2022-12-30"), 1);
        Assert.Equal(D("2023-01-03"), deadline.Due);
        Assert.Equal(["元旦", "元旦", "元旦"], deadline.Skipped.Select(s => s.Name));
    }

    [Fact]
    public void A_date_in_a_year_with_no_schedule_is_refused_not_guessed()
    {
        var ex = Assert.Throws<CalendarYearNotLoadedException>(() => Calendar.IsWorkingDay(D("2027-03-01")));
        Assert.Equal(2027, ex.Year);
        Assert.Contains("2027年的节假日安排尚未录入", ex.Message);
        Assert.Throws<CalendarYearNotLoadedException>(() => Calendar.IsWorkingDay(D("2019-12-31")));
    }

    [Fact]
    public void A_deadline_running_into_an_unloaded_year_is_refused()
    {
        var ex = Assert.Throws<CalendarYearNotLoadedException>(() => Calendar.AddWorkingDays(D("2026-12-20"), 20));
        Assert.Equal(2027, ex.Year);
    }

    [Fact]
    public void A_deadline_from_the_last_day_of_an_unloaded_year_only_needs_the_years_it_counts_in()
    {
        var deadline = Calendar.AddWorkingDays(D("2019-12-31"), 1);
        Assert.Equal(D("2020-01-02"), deadline.Due);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(WorkingDayCalendar.MaxWorkingDays + 1)]
    public void Working_days_outside_one_to_366_are_rejected(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2024-01-01"), n));
    }

    [Fact]
    public void Due_date_is_always_a_working_day_and_each_extra_day_moves_it_later()
    {
        // Property over every start date of 2020–2025 and a spread of lengths.
        for (var from = D("2020-01-01"); from <= D("2025-12-31"); from = from.AddDays(1))
        {
            var previous = from;
            foreach (var n in new[] { 1, 2, 3, 5, 7, 10, 15, 20, 40 })
            {
                var deadline = Calendar.AddWorkingDays(from, n);
                Assert.True(Calendar.IsWorkingDay(deadline.Due), $"{from} +{n}");
                Assert.True(deadline.Due > previous, $"{from} +{n}");
                Assert.Equal(n, deadline.CountedDays.Count);
                Assert.Equal(deadline.Due.DayNumber - from.DayNumber, deadline.CountedDays.Count + deadline.Skipped.Count);
                Assert.All(deadline.Skipped, s => Assert.False(Calendar.IsWorkingDay(s.Date)));
                previous = deadline.Due;
            }
        }
    }

    [Fact]
    public void Adding_in_two_steps_equals_adding_at_once_when_starting_on_a_working_day()
    {
        for (var from = D("2020-01-02"); from <= D("2025-12-01"); from = from.AddDays(3))
        {
            var first = Calendar.AddWorkingDays(from, 7);
            Assert.Equal(Calendar.AddWorkingDays(from, 20).Due, Calendar.AddWorkingDays(first.Due, 13).Due);
        }
    }

    [Fact]
    public void Every_year_has_about_250_working_days()
    {
        foreach (var year in Calendar.Years)
        {
            var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(i => new DateOnly(year, 1, 1).AddDays(i));
            var working = days.Count(Calendar.IsWorkingDay);
            Assert.InRange(working, 240, 255);
        }
    }

    [Fact]
    public void Deadline_explains_itself_in_Chinese()
    {
        var deadline = Calendar.AddWorkingDays(D("2020-09-30"), 2);
        Assert.Equal("自2020年9月30日的次日起计算2个工作日，期限届满日为2020年10月10日，跳过非工作日8天（含国庆节、中秋节）。", deadline.Explanation);
    }

    [Fact]
    public void A_calendar_cannot_hold_the_same_year_twice()
    {
        var y = OfficialSchedules.All[0];
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([y, y]));
    }
}
