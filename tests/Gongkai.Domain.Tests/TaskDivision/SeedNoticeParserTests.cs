using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

public class SeedNoticeParserTests
{
    private static TaskDivisionNotice Parse()
    {
        var result = TaskDivisionParser.Parse(NoticeTextReader.Read(SeedNotice.Text()));
        Assert.True(result.Succeeded, result.Error);
        return result.Notice!;
    }

    [Fact]
    public void Seed_notice_has_6_key_tasks_23_sub_tasks_and_58_measures()
    {
        var notice = Parse();

        Assert.Equal(6, notice.KeyTasks.Count);
        Assert.Equal(23, notice.SubTaskCount);
        Assert.Equal(58, notice.MeasureCount);
        Assert.Equal([3, 2, 3, 3, 7, 5], notice.KeyTasks.Select(k => k.SubTasks.Count));
        Assert.Equal(2020, notice.Year);
        Assert.Equal("江津府办发〔2020〕132号", notice.DocumentNumber);
        Assert.Equal("贯彻落实国务院办公厅2020年政务公开工作要点任务分工", notice.Title);
    }

    [Fact]
    public void Every_seed_measure_has_the_units_and_deadlines_written_in_the_notice()
    {
        var measures = Parse().Measures.ToList();

        Assert.Equal(SeedExpectations.Measures.Select(e => e.Path), measures.Select(m => m.Path));
        foreach (var (expected, actual) in SeedExpectations.Measures.Zip(measures))
        {
            Assert.Equal((expected.Path, expected.Lead, expected.Responsible, expected.Deadlines),
                (actual.Path, string.Join("、", actual.LeadUnits), string.Join("、", actual.ResponsibleUnits), string.Join(" ", actual.Deadlines.Select(d => d.Code))));
        }
    }

    [Fact]
    public void Key_task_and_sub_task_titles_and_measure_text_lose_their_numbering()
    {
        var notice = Parse();

        Assert.Equal("围绕贯彻落实党的十九届四中全会精神加强用权公开", notice.KeyTasks[0].Title);
        Assert.Equal("以权责清单为依托，加强权力配置信息公开。", notice.KeyTasks[0].SubTasks[0].Title);
        var first = notice.Measures.First();
        Assert.StartsWith("对照法律法规规章", first.Text, StringComparison.Ordinal);
        var spaced = notice.Measures.Single(m => m.Path == "一/（三）/1");
        Assert.StartsWith("各镇（街道）、区政府各部门要在2020年11月底前", spaced.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_task_with_one_unnumbered_paragraph_is_one_measure()
    {
        var notice = Parse();

        var sub = notice.KeyTasks[2].SubTasks[2];
        var measure = Assert.Single(sub.Measures);
        Assert.StartsWith("提升经济政策发布质量", measure.Text, StringComparison.Ordinal);
        Assert.Equal("三/（三）/1", measure.Path);
    }

    [Fact]
    public void Due_date_is_the_earliest_date_or_the_end_of_the_notice_year()
    {
        var notice = Parse();

        Assert.Equal(new DateOnly(2020, 10, 30), notice.Measures.Single(m => m.Path == "一/（二）/2").DueDate);
        Assert.Equal(new DateOnly(2020, 8, 31), notice.Measures.Single(m => m.Path == "六/（一）/1").DueDate);
        Assert.Equal(new DateOnly(2020, 12, 31), notice.Measures.Single(m => m.Path == "三/（二）/3").DueDate);
    }

    [Fact]
    public void Written_back_as_text_the_seed_parses_to_the_same_measures()
    {
        var source = NoticeTextReader.Read(SeedNotice.Text());
        var again = TaskDivisionParser.Parse(NoticeTextReader.Read(NoticeTextWriter.Write(source))).Notice!;

        Assert.Equal(Parse().Measures.Select(m => (m.Path, m.Text, string.Join("、", m.LeadUnits), string.Join("、", m.ResponsibleUnits))),
            again.Measures.Select(m => (m.Path, m.Text, string.Join("、", m.LeadUnits), string.Join("、", m.ResponsibleUnits))));
        Assert.Equal(Parse().Title, again.Title);
    }
}
