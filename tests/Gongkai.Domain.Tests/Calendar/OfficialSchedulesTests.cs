using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>Spot checks of every built-in year against REGULATIONS.md §8: each off span's edges,
/// each make-up day, and the ordinary days right around them.</summary>
public sealed class OfficialSchedulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    [Fact]
    public void Built_in_years_are_2020_to_2026()
    {
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], Calendar.Years);
    }

    [Theory]
    // 2020, with the extended Spring Festival.
    [InlineData("2020-01-01", false, "元旦")]
    [InlineData("2020-01-19", true, "春节调休上班")]
    [InlineData("2020-01-24", false, "春节")]
    [InlineData("2020-01-31", false, "春节")]
    [InlineData("2020-02-01", false, "春节")]
    [InlineData("2020-02-02", false, "春节")]
    [InlineData("2020-02-03", true, null)]
    [InlineData("2020-04-26", true, "劳动节调休上班")]
    [InlineData("2020-05-05", false, "劳动节")]
    [InlineData("2020-05-09", true, "劳动节调休上班")]
    [InlineData("2020-06-28", true, "端午节调休上班")]
    [InlineData("2020-09-27", true, "国庆节、中秋节调休上班")]
    [InlineData("2020-10-01", false, "国庆节、中秋节")]
    [InlineData("2020-10-08", false, "国庆节、中秋节")]
    [InlineData("2020-10-09", true, null)]
    [InlineData("2020-10-10", true, "国庆节、中秋节调休上班")]
    // 2021
    [InlineData("2021-01-04", true, null)]
    [InlineData("2021-02-07", true, "春节调休上班")]
    [InlineData("2021-02-17", false, "春节")]
    [InlineData("2021-02-20", true, "春节调休上班")]
    [InlineData("2021-04-25", true, "劳动节调休上班")]
    [InlineData("2021-06-14", false, "端午节")]
    [InlineData("2021-09-18", true, "中秋节调休上班")]
    [InlineData("2021-09-21", false, "中秋节")]
    [InlineData("2021-09-26", true, "国庆节调休上班")]
    [InlineData("2021-10-07", false, "国庆节")]
    [InlineData("2021-10-09", true, "国庆节调休上班")]
    // 2022, whose last day is the first day of the 2023 New Year break.
    [InlineData("2022-01-03", false, "元旦")]
    [InlineData("2022-01-29", true, "春节调休上班")]
    [InlineData("2022-01-30", true, "春节调休上班")]
    [InlineData("2022-02-06", false, "春节")]
    [InlineData("2022-04-02", true, "清明节调休上班")]
    [InlineData("2022-04-30", false, "劳动节")]
    [InlineData("2022-05-04", false, "劳动节")]
    [InlineData("2022-05-07", true, "劳动节调休上班")]
    [InlineData("2022-09-12", false, "中秋节")]
    [InlineData("2022-10-08", true, "国庆节调休上班")]
    [InlineData("2022-10-09", true, "国庆节调休上班")]
    [InlineData("2022-12-31", false, "元旦")]
    // 2023
    [InlineData("2023-01-02", false, "元旦")]
    [InlineData("2023-01-03", true, null)]
    [InlineData("2023-01-28", true, "春节调休上班")]
    [InlineData("2023-04-05", false, "清明节")]
    [InlineData("2023-04-23", true, "劳动节调休上班")]
    [InlineData("2023-06-25", true, "端午节调休上班")]
    [InlineData("2023-09-29", false, "中秋节、国庆节")]
    [InlineData("2023-10-06", false, "中秋节、国庆节")]
    [InlineData("2023-10-07", true, "中秋节、国庆节调休上班")]
    [InlineData("2023-10-08", true, "中秋节、国庆节调休上班")]
    // 2024
    [InlineData("2024-02-04", true, "春节调休上班")]
    [InlineData("2024-02-10", false, "春节")]
    [InlineData("2024-02-17", false, "春节")]
    [InlineData("2024-02-18", true, "春节调休上班")]
    [InlineData("2024-04-07", true, "清明节调休上班")]
    [InlineData("2024-05-11", true, "劳动节调休上班")]
    [InlineData("2024-06-10", false, "端午节")]
    [InlineData("2024-09-14", true, "中秋节调休上班")]
    [InlineData("2024-09-29", true, "国庆节调休上班")]
    [InlineData("2024-10-12", true, "国庆节调休上班")]
    // 2025: the longer Spring Festival after the 2024 revision of the holiday rules.
    [InlineData("2025-01-26", true, "春节调休上班")]
    [InlineData("2025-01-28", false, "春节")]
    [InlineData("2025-02-04", false, "春节")]
    [InlineData("2025-02-05", true, null)]
    [InlineData("2025-02-08", true, "春节调休上班")]
    [InlineData("2025-04-27", true, "劳动节调休上班")]
    [InlineData("2025-05-31", false, "端午节")]
    [InlineData("2025-06-02", false, "端午节")]
    [InlineData("2025-09-28", true, "国庆节、中秋节调休上班")]
    [InlineData("2025-10-08", false, "国庆节、中秋节")]
    [InlineData("2025-10-11", true, "国庆节、中秋节调休上班")]
    // 2026
    [InlineData("2026-01-03", false, "元旦")]
    [InlineData("2026-01-04", true, "元旦调休上班")]
    [InlineData("2026-02-14", true, "春节调休上班")]
    [InlineData("2026-02-15", false, "春节")]
    [InlineData("2026-02-23", false, "春节")]
    [InlineData("2026-02-24", true, null)]
    [InlineData("2026-02-28", true, "春节调休上班")]
    [InlineData("2026-05-09", true, "劳动节调休上班")]
    [InlineData("2026-06-19", false, "端午节")]
    [InlineData("2026-09-20", true, "国庆节调休上班")]
    [InlineData("2026-09-25", false, "中秋节")]
    [InlineData("2026-10-07", false, "国庆节")]
    [InlineData("2026-10-10", true, "国庆节调休上班")]
    public void Official_schedule_marks_the_day_as_the_notice_says(string date, bool isWorkingDay, string? name)
    {
        var info = Calendar.Describe(DateOnly.Parse(date));
        Assert.Equal(isWorkingDay, info.IsWorkingDay);
        Assert.Equal(name, info.Name);
    }

    [Theory]
    [InlineData(2020, 30, 6)]
    [InlineData(2021, 31, 7)]
    [InlineData(2022, 32, 7)]
    [InlineData(2023, 26, 7)]
    [InlineData(2024, 28, 8)]
    [InlineData(2025, 28, 5)]
    [InlineData(2026, 33, 6)]
    public void Each_year_has_the_listed_number_of_off_and_make_up_days(int year, int offDays, int makeUpDays)
    {
        var schedule = Calendar.Schedule(year)!;
        Assert.Equal(offDays, schedule.Days.Count(d => d.Kind == ScheduledDayKind.Off));
        Assert.Equal(makeUpDays, schedule.Days.Count(d => d.Kind == ScheduledDayKind.Work));
    }

    [Fact]
    public void Every_make_up_working_day_is_a_weekend_day()
    {
        var makeUps = Calendar.Years.SelectMany(y => Calendar.Schedule(y)!.Days).Where(d => d.Kind == ScheduledDayKind.Work).ToList();
        Assert.All(makeUps, d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, d.Date.ToString()));
        Assert.All(makeUps, d => Assert.EndsWith("调休上班", d.Name));
    }

    [Fact]
    public void Ordinary_weekends_are_off_without_a_name_and_weekdays_are_worked()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2024, 3, 2)));
        Assert.Null(Calendar.Describe(new DateOnly(2024, 3, 2)).Name);
        Assert.Equal("周六", Calendar.Describe(new DateOnly(2024, 3, 2)).Label);
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2024, 3, 4)));
    }
}
