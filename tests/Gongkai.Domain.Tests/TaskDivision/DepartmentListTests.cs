using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

/// <summary>departments' own lists use other columns — 工作任务 / 序号 / 具体要求 / 责任科室 /
/// 时限要求 — with one responsible column of internal sections, a running number, a task cell left
/// empty where the task spans several rows, and deadlines written as words.</summary>
public class DepartmentListTests
{
    private static TaskDivisionNotice Parse(string text)
    {
        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(text));
        Assert.True(result.Succeeded, result.Error);
        return result.Notice!;
    }

    [Fact]
    public void A_departments_list_copied_from_its_web_page_imports_with_sections_as_the_units()
    {
        var notice = Parse(WrittenNotices.Text(WrittenNotices.QijiangDepartmentList));

        Assert.Equal(2023, notice.Year);
        Assert.Equal(["政务公开平台建设", "政策解读"], notice.KeyTasks.Select(k => k.Title));
        Assert.Equal((2, 5), (notice.SubTaskCount, notice.MeasureCount));
        var measures = notice.Measures.ToList();
        // 序号 runs through the list; the path counts within the task.
        Assert.Equal(["一/（一）/1", "一/（一）/2", "二/（一）/1", "二/（一）/2", "二/（一）/3"], measures.Select(m => m.Path));
        Assert.Equal(["行政复议与应诉科"], measures[1].LeadUnits);
        Assert.Empty(measures[1].ResponsibleUnits);
        Assert.Equal(["法治调研科", "办公室"], measures[2].LeadUnits);
        Assert.Equal("做好行政复议决定书的公开,依法保护个人隐私。", measures[1].Text);
        Assert.True(notice.UnitsAreSections);
    }

    [Fact]
    public void Deadlines_in_words_are_a_year_end_due_date_or_a_standing_duty_reported_each_quarter()
    {
        var measures = Parse(WrittenNotices.Text(WrittenNotices.QijiangDepartmentList)).Measures.ToList();

        Assert.Equal(["recurring:Month", "default:2023-12-31"], measures[0].Deadlines.Select(d => d.Code));
        // 持续推进 / 长期坚持: no end date of their own, reports every quarter; due date stays the year end.
        Assert.Equal(["ongoing:Quarter", "default:2023-12-31"], measures[1].Deadlines.Select(d => d.Code));
        Assert.Equal(["ongoing:Quarter", "default:2023-12-31"], measures[3].Deadlines.Select(d => d.Code));
        Assert.Equal("长期坚持（长期任务，定期报告进展）", measures[3].Deadlines[0].Describe());
        // 年底前 is the notice year's end, stated (not the default).
        Assert.Equal(MeasureDeadlineKind.YearEnd, measures[2].Deadlines.Single(d => d.IsDueDate).Kind);
        Assert.Equal(new DateOnly(2023, 12, 31), measures[2].DueDate);
        Assert.Equal(new DateOnly(2023, 6, 30), measures[4].DueDate);
    }

    [Fact]
    public void A_tab_separated_list_with_an_unnamed_number_column_and_empty_task_cells_imports()
    {
        var notice = Parse(WrittenNotices.Text(WrittenNotices.BishanEcologyTabs));

        Assert.Equal(["信息发布", "回应关切"], notice.KeyTasks.Select(k => k.Title));
        var measures = notice.Measures.ToList();
        Assert.Equal(["一/（一）/1", "一/（一）/2", "二/（一）/1", "二/（一）/2"], measures.Select(m => m.Path));
        Assert.Equal("每季度公开重点排污单位名录", measures[1].Text);
        Assert.Equal(["办公室", "执法支队"], measures[2].LeadUnits);
        Assert.Contains(measures[1].Deadlines, d => d.Code == "recurring:Quarter");
        Assert.Contains(measures[0].Deadlines, d => d.Code == "ongoing:Quarter");
    }

    [Fact]
    public void A_gap_in_the_running_number_is_still_reported_as_a_lost_row()
    {
        var text = "2024年工作安排\n\t工作任务\t序号\t具体要求\t责任科室\n\t信息发布\t1\t公开审批结果\t环评科\n\t\t3\t公开排污名录\t执法支队\n";

        var error = TaskDivisionParser.Parse(NoticeTextReader.Read(text)).Error;

        Assert.Contains("表格第 3 行", error, StringComparison.Ordinal);
        Assert.Contains("中间可能缺行", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_without_a_task_column_puts_its_measures_under_one_task_named_after_the_notice()
    {
        var text = "荣昌区财政局2025年政务公开工作清单\n\n序号\n\n工作内容\n\n责任科室\n\n完成时限\n\n1\n\n公开部门预算和决算\n\n预算科\n\n年内\n\n2\n\n公开政府采购意向\n\n政府采购科\n\n持续推进\n";

        var notice = Parse(text);

        Assert.Equal(["荣昌区财政局2025年政务公开工作清单"], notice.KeyTasks.Select(k => k.Title));
        Assert.Equal(["一/（一）/1", "一/（一）/2"], notice.Measures.Select(m => m.Path));
        Assert.Equal(new DateOnly(2025, 12, 31), notice.Measures.First().DueDate);
    }

    [Fact]
    public void Ongoing_words_in_a_measure_sentence_describe_the_work_and_are_no_standing_duty()
    {
        var deadlines = DeadlineExtractor.Extract("持续推进基层政务公开标准化规范化", 2023);

        Assert.DoesNotContain(deadlines, d => d.Kind == MeasureDeadlineKind.Ongoing);
        Assert.Equal(["default:2023-12-31"], deadlines.Select(d => d.Code));
    }

    [Fact]
    public void A_task_cell_left_empty_in_a_web_copy_shows_as_extra_blank_lines_and_continues_the_task()
    {
        // 江北区民政局: the second row's 工作任务 cell is empty (three blank lines), the 序号 is unnamed.
        var text = "江北区民政局2025年政务公开工作任务\n\n工作任务\n\n具体要求\n\n责任科室\n\n时限要求\n\n" +
            "社会救助信息公开\n\n1\n\n按月公开城乡低保对象数量和资金支出情况\n\n社会救助科\n\n每月\n\n\n\n" +
            "2\n\n公开临时救助审批结果,隐去个人敏感信息\n\n社会救助科,办公室\n\n持续推进\n\n" +
            "养老服务\n\n3\n\n公开养老机构名录及收费标准\n\n养老服务科\n\n年底前\n";

        var notice = Parse(text);

        Assert.Equal(["社会救助信息公开", "养老服务"], notice.KeyTasks.Select(k => k.Title));
        Assert.Equal(["一/（一）/1", "一/（一）/2", "二/（一）/1"], notice.Measures.Select(m => m.Path));
        Assert.Equal(["社会救助科", "办公室"], notice.Measures.ElementAt(1).LeadUnits);
        Assert.Equal(new DateOnly(2025, 12, 31), notice.Measures.Last().DueDate);
    }
}
