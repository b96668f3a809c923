using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

public class DeadlineExtractorTests
{
    private static string Codes(string text) => string.Join(" ", DeadlineExtractor.Extract(text, 2020).Select(d => d.Code));

    [Theory]
    [InlineData("2020年10月30日前，编制完成目录。", "date:2020-10-30")]
    [InlineData("要在2020年11月底前统一公开。", "monthEnd:2020-11-30")]
    [InlineData("并于2020年8月底前报市政府办公厅备案。", "monthEnd:2020-08-31")]
    [InlineData("2020年底前全部公开到位。", "yearEnd:2020-12-31")]
    [InlineData("于2月底前完成。", "monthEnd:2020-02-29")]
    [InlineData("每季度通报一次。", "recurring:Quarter default:2020-12-31")]
    [InlineData("每月对信件进行汇总分析。", "recurring:Month default:2020-12-31")]
    [InlineData("加强政策解读。", "default:2020-12-31")]
    public void Time_statements_are_read_from_the_measure_text(string text, string expected)
    {
        Assert.Equal(expected, Codes(text));
    }

    [Fact]
    public void Standing_time_limits_are_rules_not_due_dates()
    {
        var deadlines = DeadlineExtractor.Extract("行政许可决定作出之日起7个工作日内，其他事项作出决定之日起20个工作日内公布。", 2020);

        Assert.Equal([MeasureDeadlineKind.StandingLimit, MeasureDeadlineKind.StandingLimit, MeasureDeadlineKind.NoticeYearEnd], deadlines.Select(d => d.Kind));
        Assert.Null(deadlines[0].Due);
        Assert.Equal((7, "工作日"), (deadlines[0].Amount!.Value, deadlines[0].Unit!));
        Assert.Equal(new DateOnly(2020, 12, 31), DeadlineExtractor.DueDate(deadlines));
    }

    [Fact]
    public void The_earliest_of_several_dates_is_the_due_date()
    {
        var deadlines = DeadlineExtractor.Extract("2020年底前建成平台，2020年9月底前完成试点。", 2020);

        Assert.Equal(new DateOnly(2020, 9, 30), DeadlineExtractor.DueDate(deadlines));
    }
}
