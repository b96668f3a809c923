using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

/// <summary>Task-division notices as they are really published: a notice copied from the
/// issuing government's web page arrives as one cell per line with blank lines (or <c>|</c> lines)
/// between the cells, half-width punctuation and commas between units.</summary>
public class WebCopyLayoutTests
{
    private static TaskDivisionNotice Parse(string text)
    {
        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(text));
        Assert.True(result.Succeeded, result.Error);
        return result.Notice!;
    }

    [Fact]
    public void A_web_page_copied_one_cell_per_line_imports_with_its_rowspans_and_spanning_key_tasks()
    {
        var notice = Parse(WrittenNotices.Text(WrittenNotices.YongchuanWebCopy));

        Assert.Equal("永川区2021年政务公开工作要点任务分工", notice.Title);
        Assert.Equal("永川府办发〔2021〕18号", notice.DocumentNumber);
        Assert.Equal(2021, notice.Year);
        Assert.Equal((2, 3, 5), (notice.KeyTasks.Count, notice.SubTaskCount, notice.MeasureCount));
        var measures = notice.Measures.ToList();
        Assert.Equal(["一/（一）/1", "一/（一）/2", "一/（二）/1", "二/（一）/1", "二/（一）/2"], measures.Select(m => m.Path));
        Assert.Equal("做好规划解读", notice.KeyTasks[0].SubTasks[0].Title);
        // A cell's two lines are one measure; commas between units split them.
        Assert.StartsWith("在区政府门户网站开设“十四五”规划专栏", measures[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("同步发布图解、视频等多种形式的解读产品。", measures[0].Text, StringComparison.Ordinal);
        Assert.Equal(["区发展改革委", "区政府办公室"], measures[0].LeadUnits);
        Assert.Equal(["区政府各部门", "各镇(街道)"], measures[2].ResponsibleUnits);
        Assert.Equal(["区政府办公室", "区大数据应用发展管理局"], measures[4].LeadUnits);
        Assert.Equal(
            ["default:2021-12-31", "date:2021-06-30", "default:2021-12-31", "monthEnd:2021-09-30", "recurring:Quarter default:2021-12-31"],
            measures.Select(m => string.Join(" ", m.Deadlines.Select(d => d.Code))));
        Assert.Empty(notice.LostRows);
        Assert.False(notice.UnitsAreSections);
    }

    [Fact]
    public void The_variant_with_a_bar_line_between_cells_keeps_empty_cells_and_two_level_tasks()
    {
        var notice = Parse(WrittenNotices.Text(WrittenNotices.BishanPipes));

        Assert.Equal("璧山区2022年政务公开重点工作任务分工", notice.Title);
        Assert.Equal("璧山府办〔2022〕7号", notice.DocumentNumber);
        // Key tasks with measures and no sub-tasks: each gets one sub-task of its own title.
        Assert.Equal((2, 2, 3), (notice.KeyTasks.Count, notice.SubTaskCount, notice.MeasureCount));
        var measures = notice.Measures.ToList();
        Assert.Equal(["一/（一）/1", "一/（一）/2", "二/（一）/1"], measures.Select(m => m.Path));
        Assert.Equal(["区司法局"], measures[0].LeadUnits);
        Assert.Empty(measures[1].ResponsibleUnits);
        Assert.Equal(["区级有关部门", "各镇(街道)"], measures[2].ResponsibleUnits);
        Assert.Equal("monthEnd:2022-06-30", measures[0].Deadlines[0].Code);
        Assert.Contains(measures[1].Deadlines, d => d.Code == "ongoing:Quarter");
        Assert.Equal(new DateOnly(2022, 12, 31), measures[2].DueDate);
        Assert.Equal(MeasureDeadlineKind.YearEnd, measures[2].Deadlines.Single().Kind);
    }

    [Fact]
    public void Unknown_units_of_another_district_are_kept_as_written_for_mapping()
    {
        var notice = Parse(WrittenNotices.Text(WrittenNotices.YongchuanWebCopy));

        var resolution = UnitResolver.Resolve(notice.Measures.SelectMany(m => m.LeadUnits.Concat(m.ResponsibleUnits)), [], new Dictionary<string, int>());

        Assert.Contains("区大数据应用发展管理局", resolution.Unresolved);
        Assert.Contains("区发展改革委", resolution.Unresolved);
    }

    [Fact]
    public void A_web_copy_of_prose_without_a_table_still_says_the_table_is_missing()
    {
        var error = TaskDivisionParser.Parse(NoticeTextReader.Read("关于做好政务公开工作的通知\n\n各单位:\n\n请按要求做好有关工作。\n")).Error;

        Assert.Contains("没有找到任务分工表", error, StringComparison.Ordinal);
    }
}
