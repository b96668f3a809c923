using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

/// <summary>a notice whose table is cut off (the copy ended inside the last row) imports
/// what is complete and lists what was lost.</summary>
public class CutOffNoticeTests
{
    [Fact]
    public void A_web_copy_cut_off_in_its_last_row_imports_the_whole_rows_and_lists_the_lost_one()
    {
        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(WrittenNotices.Text(WrittenNotices.DazuCutOff)));

        Assert.True(result.Succeeded, result.Error);
        var notice = result.Notice!;
        Assert.Equal(["一/（一）/1", "一/（一）/2", "一/（二）/1"], notice.Measures.Select(m => m.Path));
        var lost = Assert.Single(notice.LostRows);
        Assert.Contains("建立依申请公开疑难问题会商机制", lost, StringComparison.Ordinal);
        Assert.Contains("不完整", lost, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_copy_cut_off_inside_a_row_lists_that_row_as_lost()
    {
        var text = "2021年任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
            "\t一、深化决策公开\t（一）做好预公开\t1．公开草案\t区司法局\t区政府各部门\n" +
            "\t二、加强平台建设\t（一）规范网站\t1．完善网站栏目\n";

        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(text));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["一/（一）/1"], result.Notice!.Measures.Select(m => m.Path));
        var lost = Assert.Single(result.Notice.LostRows);
        Assert.Contains("表格第 3 行", lost, StringComparison.Ordinal);
        Assert.Contains("二、加强平台建设", lost, StringComparison.Ordinal);
        Assert.Contains("完善网站栏目", lost, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_copy_cut_off_after_a_new_task_lists_the_task_its_sub_task_and_the_row_as_lost()
    {
        var text = "2021年任务分工\n\n重点任务\n\n贯彻举措\n\n牵头单位\n\n责任单位\n\n" +
            "一、深化决策公开\n\n(一)做好预公开\n\n1.公开草案\n\n区司法局\n\n区政府各部门\n\n" +
            "二、加强平台建设\n\n(一)规范网站\n\n1.完善网站栏目\n\n区政府办公室\n";

        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(text));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["一/（一）/1"], result.Notice!.Measures.Select(m => m.Path));
        Assert.Equal(3, result.Notice.LostRows.Count);
        Assert.Contains("二、加强平台建设", result.Notice.LostRows[0], StringComparison.Ordinal);
        Assert.Contains("规范网站", result.Notice.LostRows[1], StringComparison.Ordinal);
        Assert.Contains("完善网站栏目", result.Notice.LostRows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_row_in_the_middle_is_still_an_error_not_a_loss()
    {
        var text = "2021年任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
            "\t一、深化决策公开\t（一）做好预公开\t1．公开草案\n" +
            "\t\t\t2．公开执行情况\t区政府办公室\t区政府各部门\n";

        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(text));

        Assert.False(result.Succeeded);
        Assert.Contains("表格第 2 行", result.Error, StringComparison.Ordinal);
    }
}
