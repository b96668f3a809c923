using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

public class AlternativeLayoutTests
{
    // Other column names, a deadline column, one row per line with tabs, ASCII dots, half-width
    // brackets, commas between units, and rowspan-style empty first cells.
    private const string Layout =
        "江津府办发〔2021〕45号\n" +
        "2021年政务公开重点工作任务分工\n" +
        "\t重点工作\t具体举措\t牵头部门\t配合部门\t完成时限\n" +
        "\t一、深化决策公开\t(一)做好决策预公开.\t1. 重大决策草案向社会公开征求意见\t区司法局,区政府办公室\t区政府各部门,各镇(街道)\t2021年6月底前\n" +
        "\t\t\t2. 每季度公开决策执行情况\t区政府办公室\t\t\n" +
        "\t\t(二)加强解读\t按照谁起草谁解读原则做好解读\t区政府办公室\t区财政局，江津区税务局\t\n" +
        "\t二、加强平台建设\t(一)规范网站\t1.完善网站栏目\t区政府办公室\t全区各级行政机关\t2021年9月30日\n";

    [Fact]
    public void A_notice_with_other_column_names_ascii_dots_and_commas_imports()
    {
        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(Layout));

        Assert.True(result.Succeeded, result.Error);
        var notice = result.Notice!;
        Assert.Equal((2, 3, 4), (notice.KeyTasks.Count, notice.SubTaskCount, notice.MeasureCount));
        Assert.Equal(2021, notice.Year);
        Assert.Equal("江津府办发〔2021〕45号", notice.DocumentNumber);
        var measures = notice.Measures.ToList();
        Assert.Equal(["一/（一）/1", "一/（一）/2", "一/（二）/1", "二/（一）/1"], measures.Select(m => m.Path));
        Assert.Equal(["区司法局", "区政府办公室"], measures[0].LeadUnits);
        Assert.Equal(["区政府各部门", "各镇(街道)"], measures[0].ResponsibleUnits);
        Assert.Equal(["区财政局", "江津区税务局"], measures[2].ResponsibleUnits);
        Assert.Empty(measures[1].ResponsibleUnits);
        Assert.Equal("重大决策草案向社会公开征求意见", measures[0].Text);
        Assert.Equal(
            ["monthEnd:2021-06-30", "recurring:Quarter default:2021-12-31", "default:2021-12-31", "date:2021-09-30"],
            measures.Select(m => string.Join(" ", m.Deadlines.Select(d => d.Code))));
    }

    [Fact]
    public void A_row_that_lost_its_lead_cell_is_named_in_the_message()
    {
        var text = "2021年任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
            "\t一、深化决策公开\t（一）做好预公开\t1．公开草案\t区司法局\t区政府各部门\n" +
            "\t\t\t2．每季度公开执行情况\t区政府办公室\n";

        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(text));

        Assert.False(result.Succeeded);
        Assert.Contains("表格第 3 行", result.Error, StringComparison.Ordinal);
        Assert.Contains("不像单位名称", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_in_the_measure_numbering_is_reported_as_a_lost_row()
    {
        var text = "2021年任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
            "\t一、深化决策公开\t（一）做好预公开\t1．公开草案\t区司法局\t区政府各部门\n" +
            "\t\t\t3．公开执行情况\t区政府办公室\t区政府各部门\n";

        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(text));

        Assert.False(result.Succeeded);
        Assert.Contains("表格第 3 行", result.Error, StringComparison.Ordinal);
        Assert.Contains("应为第 2 条", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_without_a_lead_unit_is_rejected_with_its_row()
    {
        var text = "2021年任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
            "\t一、深化决策公开\t（一）做好预公开\t1．公开草案\t\t区政府各部门\n";

        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(text));

        Assert.False(result.Succeeded);
        Assert.Contains("表格第 2 行", result.Error, StringComparison.Ordinal);
        Assert.Contains("没有牵头单位", result.Error, StringComparison.Ordinal);
    }
}
