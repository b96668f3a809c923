using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Tests.Calendar;

public sealed class ScheduleTextTests
{
    private const string Valid2027 = """
        # 2027 example
        2027-01-01,off,元旦
        2027-02-06..2027-02-12,off,春节
        2027-02-20,work,春节调休上班
        """;

    [Fact]
    public void Spans_and_single_days_are_read_into_a_schedule()
    {
        var result = ScheduleText.Parse(2027, Valid2027);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(9, result.Schedule!.Days.Count);
        Assert.Equal(ScheduledDayKind.Work, result.Schedule.Find(new DateOnly(2027, 2, 20))!.Kind);
    }

    [Fact]
    public void Formatting_then_parsing_gives_back_every_official_year()
    {
        foreach (var schedule in OfficialSchedules.All)
        {
            var text = ScheduleText.Format(schedule);
            var back = ScheduleText.Parse(schedule.Year, text);
            Assert.True(back.IsValid, string.Join("\n", back.Errors));
            Assert.Equal(schedule.Days, back.Schedule!.Days);
        }
    }

    [Fact]
    public void Format_writes_consecutive_days_as_one_span()
    {
        var text = ScheduleText.Format(WorkingDayCalendar.Official.Schedule(2020)!);
        Assert.Contains("2020-01-24..2020-02-02,off,春节\n", text);
        Assert.Contains("2020-10-10,work,国庆节、中秋节调休上班\n", text);
    }

    [Fact]
    public void Overlapping_spans_are_refused_naming_both_lines()
    {
        var result = ScheduleText.Parse(2027, "2027-02-06..2027-02-12,off,春节\n2027-02-12,work,春节调休上班\n");
        Assert.False(result.IsValid);
        Assert.Contains("第2行：2027-02-12 与第1行重叠。", result.Errors);
    }

    [Theory]
    [InlineData("2027-02-30,off,春节", "日期“2027-02-30”无效")]
    [InlineData("2027/02/03,off,春节", "日期“2027/02/03”无效")]
    [InlineData("2026-12-31,off,元旦", "不属于2027年")]
    [InlineData("2027-02-10..2027-02-06,off,春节", "结束日早于开始日")]
    [InlineData("2027-02-06,holiday,春节", "类型“holiday”无效")]
    [InlineData("2027-02-06,off,", "缺少名称")]
    [InlineData("2027-02-06 off 春节", "格式应为")]
    [InlineData("2027-02-17,work,春节调休上班", "调休上班日只能是周六或周日")]
    public void Bad_lines_are_refused_with_a_Chinese_reason_and_the_line_number(string line, string expected)
    {
        var result = ScheduleText.Parse(2027, "2027-01-01,off,元旦\n" + line);
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("第2行：", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void A_schedule_without_any_off_day_is_refused()
    {
        var result = ScheduleText.Parse(2027, "# nothing yet\n");
        Assert.False(result.IsValid);
        Assert.Contains("没有任何放假日", Assert.Single(result.Errors));
    }

    [Fact]
    public void Every_bad_line_is_reported_not_just_the_first()
    {
        var result = ScheduleText.Parse(2027, "x\n2027-01-01,off,元旦\ny\n2027-13-01,off,z\n");
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void A_year_outside_the_supported_range_is_refused()
    {
        Assert.False(ScheduleText.Parse(1999, "1999-01-01,off,元旦").IsValid);
    }

    [Fact]
    public void Validation_refuses_a_day_both_off_and_make_up()
    {
        var date = new DateOnly(2027, 2, 6);
        var errors = YearSchedule.Validate(2027, [new ScheduledDay(date, ScheduledDayKind.Off, "春节"), new ScheduledDay(date, ScheduledDayKind.Work, "春节调休上班")]);
        Assert.Contains("2027-02-06 同时被列为放假日和调休上班日。", errors);
        Assert.Throws<ArgumentException>(() => YearSchedule.Create(2027, [new ScheduledDay(date, ScheduledDayKind.Off, "春节"), new ScheduledDay(date, ScheduledDayKind.Off, "春节")]));
    }
}
