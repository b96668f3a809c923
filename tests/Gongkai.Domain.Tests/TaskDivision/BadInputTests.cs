using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

public class BadInputTests
{
    private static string? Error(string text) => TaskDivisionParser.Parse(NoticeTextReader.Read(text)).Error;

    [Fact]
    public void An_empty_file_says_nothing_was_found()
    {
        Assert.Contains("文件是空的", Error("  \n\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_without_a_table_says_how_much_text_was_found_and_that_the_table_is_missing()
    {
        var error = Error("关于开展政务公开培训的通知\n\n各单位：\n现将有关事项通知如下。\n");

        Assert.Contains("文件有 3 行文字，但没有表格", error, StringComparison.Ordinal);
        Assert.Contains("牵头单位", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_unit_columns_is_not_a_notice()
    {
        var error = Error("\t姓名\t电话\n\t张三\t123\n");

        Assert.Contains("找到 2 行表格，但没有表头", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_says_the_tasks_are_missing()
    {
        var error = Error("2020年任务分工\n\t重点任务\n\t贯彻举措\n\t牵头单位\n\t责任单位\n");

        Assert.Contains("没有找到任何重点任务", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_task_whose_measures_were_lost_is_named()
    {
        var error = Error("2020年任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
            "\t一、深化公开\t（一）做好预公开\t1．公开草案\t区司法局\t区政府各部门\n" +
            "\t\t（二）加强解读\t\t\n");

        Assert.Contains("（二）加强解读", error, StringComparison.Ordinal);
        Assert.Contains("没有举措", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_without_a_year_asks_for_one()
    {
        var error = Error("任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n\t一、深化公开\t（一）做好\t1．公开\t区司法局\t区政府各部门\n");

        Assert.Contains("无法确定任务分工所属年度", error, StringComparison.Ordinal);
    }
}
