using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.TaskDivision;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.TaskDivision;

/// <summary>Task-division notices as they are really published: one import end to end
/// per format — a web page copied as text, the |-separated copy, a department's own list, a saved
/// .html page, a .doc converted to .docx, and a table cut off in the copy (through the staff page).
/// The notices were written for these tests with other districts' names.</summary>
public sealed class TaskDivisionFormatsImportTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static string Notice(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "Gongkai.Domain.Tests", "TaskDivision", "Notices", name));

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static string[] Paths(JsonElement preview) => preview.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("path").GetString()!).ToArray();

    private static string[] Codes(JsonElement measure) => measure.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray();

    private async Task<List<TaskMeasure>> SavedMeasuresAsync(int noticeId)
    {
        var measures = new List<TaskMeasure>();
        await factory.WithDbAsync(async db => measures = await db.Set<TaskMeasure>().Include(m => m.Assignments)
            .Where(m => m.NoticeId == noticeId).OrderBy(m => m.KeyTaskNumber).ThenBy(m => m.SubTaskNumber).ThenBy(m => m.Number).ToListAsync());
        return measures;
    }

    [Fact]
    public async Task A_notice_copied_from_a_web_page_one_cell_per_line_imports_once_its_unknown_unit_is_mapped()
    {
        var office = await factory.OfficeApiAsync();
        var text = Notice("yongchuan-2021-web-copy.txt");

        var preview = await (await office.ImportTextAsync(text, dryRun: true)).OkJsonAsync();
        Assert.Equal((2, 3, 5), (preview.GetProperty("keyTaskCount").GetInt32(), preview.GetProperty("subTaskCount").GetInt32(), preview.GetProperty("measureCount").GetInt32()));
        Assert.Equal("永川府办发〔2021〕18号", preview.GetProperty("documentNumber").GetString());
        // Another district's unit is reported for mapping, never dropped; the save waits for it.
        Assert.Equal(["区大数据应用发展管理局"], Strings(preview.GetProperty("unresolvedUnits")));
        Assert.False(preview.GetProperty("cutOff").GetBoolean());
        Assert.Contains("区大数据应用发展管理局", await (await office.ImportTextAsync(text)).ProblemAsync(), StringComparison.Ordinal);

        var mapped = await office.PostAsJsonAsync("/api/v1/task-divisions/unit-mappings", new { name = "区大数据应用发展管理局", organization = "区经济信息委" });
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        var saved = await (await office.ImportTextAsync(text)).OkJsonAsync();

        var measures = await SavedMeasuresAsync(saved.GetProperty("noticeId").GetInt32());
        Assert.Equal(["一/（一）/1", "一/（一）/2", "一/（二）/1", "二/（一）/1", "二/（一）/2"], measures.Select(m => m.Path));
        Assert.Equal("区政府办公室、区大数据应用发展管理局", measures[4].LeadUnitsText);
        Assert.Contains(await factory.OrganizationIdAsync("区经济信息委"), measures[4].Assignments.Where(a => a.Role == TaskAssignmentRole.Lead).Select(a => a.OrganizationId));
        Assert.Equal(new DateOnly(2021, 6, 30), measures[1].DueDate);
    }

    [Fact]
    public async Task A_copy_with_bar_lines_between_cells_saves_standing_duties_that_report_each_quarter()
    {
        var office = await factory.OfficeApiAsync();

        var saved = await (await office.ImportTextAsync(Notice("bishan-2022-pipes.txt"))).OkJsonAsync();

        Assert.Equal(["一/（一）/1", "一/（一）/2", "二/（一）/1"], Paths(saved));
        Assert.Equal(["monthEnd:2022-06-30"], Codes(saved.GetProperty("measures")[0]));
        var measures = await SavedMeasuresAsync(saved.GetProperty("noticeId").GetInt32());
        // 长期坚持 (and 每月更新 in its text): a standing duty, due at the year end, reporting periodically.
        Assert.Equal("recurring:Month ongoing:Quarter default:2022-12-31", measures[1].DeadlineCodes);
        Assert.Equal(new DateOnly(2022, 12, 31), measures[1].DueDate);
        // 年底前: the notice year's end.
        Assert.Equal("yearEnd:2022-12-31", measures[2].DeadlineCodes);
        // No 配合单位 written: the lead unit does the work.
        Assert.Equal([TaskAssignmentRole.Lead, TaskAssignmentRole.Responsible], measures[1].Assignments.Select(a => a.Role).Order());
    }

    [Fact]
    public async Task A_departments_own_list_with_sections_imports_after_the_sections_are_mapped_to_the_department()
    {
        var office = await factory.OfficeApiAsync();
        var text = Notice("qijiang-justice-2023-list.txt");

        var preview = await (await office.ImportTextAsync(text, dryRun: true)).OkJsonAsync();
        // Internal sections are never taken for organs: 办公室 is the bureau's own, not 区政府办公室.
        Assert.True(preview.GetProperty("unitsAreSections").GetBoolean());
        var unresolved = Strings(preview.GetProperty("unresolvedUnits"));
        Assert.Contains("行政复议与应诉科", unresolved);
        Assert.Contains("普法与依法治理科", unresolved);
        Assert.DoesNotContain(await factory.OrganizationIdAsync("区政府办公室"),
            preview.GetProperty("measures")[0].GetProperty("leadOrganizationIds").EnumerateArray().Select(e => e.GetInt32()));
        foreach (var section in unresolved)
        {
            var mapped = await office.PostAsJsonAsync("/api/v1/task-divisions/unit-mappings", new { name = section, organization = "区司法局" });
            Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        }

        var saved = await (await office.ImportTextAsync(text)).OkJsonAsync();

        Assert.Equal(5, saved.GetProperty("measureCount").GetInt32());
        var measures = await SavedMeasuresAsync(saved.GetProperty("noticeId").GetInt32());
        Assert.Equal(["政务公开平台建设", "政务公开平台建设", "政策解读", "政策解读", "政策解读"], measures.Select(m => m.KeyTaskTitle));
        var justice = await factory.OrganizationIdAsync("区司法局");
        Assert.Equal(justice, measures[1].Assignments.Single(a => a.Role == TaskAssignmentRole.Lead).OrganizationId);
        Assert.Equal("recurring:Month default:2023-12-31", measures[0].DeadlineCodes);
        // 长期坚持: a standing duty, due at the year end, owing a report every quarter.
        Assert.Equal("ongoing:Quarter default:2023-12-31", measures[3].DeadlineCodes);
        Assert.Equal(Domain.TaskDivision.RecurrencePeriod.Quarter, TaskAssessmentService.Recurrence(measures[3]));
        Assert.Equal(new DateOnly(2023, 6, 30), measures[4].DueDate);
    }

    /// <summary>A page saved from a government site: GB2312, the content inside a layout table, the
    /// task cell merged down (rowspan), the units merged down over two measures, a key task spanning
    /// the row (colspan), paragraphs and &amp;nbsp; inside cells.</summary>
    private const string SavedPage = """
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>铜梁区人民政府</title>
        <script>var x = "<table>";</script></head>
        <body><div class="nav">首页 &gt; 政务公开 &gt; 通知公告</div>
        <table class="layout"><tr><td>
          <h1>重庆市铜梁区人民政府办公室关于印发铜梁区2023年政务公开工作要点任务分工的通知</h1>
          <p>铜府办发〔2023〕21号</p>
          <p>各镇人民政府、街道办事处，区政府各部门：</p>
          <p>现将任务分工印发给你们，请认真落实。</p>
          <p>铜梁区2023年政务公开工作要点任务分工</p>
          <table border="1">
            <tr><th>重点任务</th><th>贯彻举措</th><th>牵头单位</th><th>责任单位</th></tr>
            <tr><td colspan="4">一、以政务公开助力优化营商环境</td></tr>
            <tr><td rowspan="2"><p>(一)深化惠企政策公开</p></td>
                <td><p>1.集中公开惠企政策，</p><p>编制政策清单。</p></td>
                <td rowspan="2">区发展改革委</td><td>区政府各部门</td></tr>
            <tr><td>2.2023年9月30日前上线政策“一站式”查询服务。</td><td>区政府各部门,&nbsp;各镇(街道)</td></tr>
            <tr><td>(二)做好涉企收费公开</td><td>1.每季度更新涉企收费目录清单。</td><td>区市场监管局</td><td>区财政局</td></tr>
          </table>
          <p>重庆市铜梁区人民政府办公室</p>
        </td></tr></table>
        <div>【打印本页】【关闭窗口】</div>
        </body></html>
        """;

    [Fact]
    public async Task A_saved_web_page_with_rowspan_and_colspan_in_gb2312_imports()
    {
        var office = await factory.OfficeApiAsync();
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(SavedPage);

        var saved = await (await office.ImportFileAsync(bytes, "铜梁区任务分工.html")).OkJsonAsync();

        Assert.Equal("铜府办发〔2023〕21号", saved.GetProperty("documentNumber").GetString());
        Assert.Equal("铜梁区2023年政务公开工作要点任务分工", saved.GetProperty("title").GetString());
        Assert.Equal(["一/（一）/1", "一/（一）/2", "一/（二）/1"], Paths(saved));
        var measures = saved.GetProperty("measures");
        Assert.Equal("集中公开惠企政策，编制政策清单。", measures[0].GetProperty("text").GetString());
        // The lead cell merged over two rows names the lead of both.
        Assert.Equal(["区发展改革委"], Strings(measures[1].GetProperty("leadUnits")));
        Assert.Equal(["区政府各部门", "各镇(街道)"], Strings(measures[1].GetProperty("responsibleUnits")));
        Assert.Equal(["date:2023-09-30"], Codes(measures[1]));
        Assert.Equal(3, (await SavedMeasuresAsync(saved.GetProperty("noticeId").GetInt32())).Count);
    }

    [Fact]
    public async Task A_doc_converted_to_docx_with_merged_cells_and_nested_paragraphs_imports_once_its_sections_are_mapped()
    {
        var office = await factory.OfficeApiAsync();

        var saved = await (await office.ImportFileAsync(ConvertedWordList(), "潼南区教委2024年政务公开任务清单.docx", dryRun: true)).OkJsonAsync();

        Assert.Equal("潼南区教委2024年政务公开工作任务清单", saved.GetProperty("title").GetString());
        Assert.Equal(["一/（一）/1", "一/（一）/2", "二/（一）/1"], Paths(saved));
        var measures = saved.GetProperty("measures");
        Assert.Equal("公开学校招生入学政策、划片范围和招生计划", measures[0].GetProperty("text").GetString());
        // 责任科室 merged down over two rows (vMerge) applies to both.
        Assert.Equal(["基础教育科"], Strings(measures[1].GetProperty("leadUnits")));
        Assert.Equal(["yearEnd:2024-12-31"], Codes(measures[2]));
        var sections = Strings(saved.GetProperty("unresolvedUnits"));
        Assert.Contains("基础教育科", sections);
        foreach (var section in sections)
        {
            var mapped = await office.PostAsJsonAsync("/api/v1/task-divisions/unit-mappings", new { name = section, organization = "区教委" });
            Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        }

        var imported = await (await office.ImportFileAsync(ConvertedWordList(), "潼南区教委2024年政务公开任务清单.docx")).OkJsonAsync();
        var education = await factory.OrganizationIdAsync("区教委");
        Assert.All(await SavedMeasuresAsync(imported.GetProperty("noticeId").GetInt32()),
            m => Assert.Equal(education, m.Assignments.Single(a => a.Role == TaskAssignmentRole.Lead).OrganizationId));
    }

    [Fact]
    public async Task A_table_cut_off_at_its_end_is_said_in_the_preview_and_its_whole_rows_are_saved()
    {
        var office = await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));
        var text = Notice("dazu-2021-cut-off.txt");

        var preview = await office.PostFormAsync("/admin/tasks/import", new() { ["SourceText"] = text }, "/admin/tasks/import?handler=Preview");
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Contains("表格不完整", html, StringComparison.Ordinal);
        Assert.Contains("建立依申请公开疑难问题会商机制", html, StringComparison.Ordinal);
        Assert.Contains("贯彻举措 3 条", html, StringComparison.Ordinal);

        var save = await office.PostFormAsync("/admin/tasks/import", new() { ["SourceText"] = text }, "/admin/tasks/import?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var noticeId = int.Parse(save.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["一/（一）/1", "一/（一）/2", "一/（二）/1"], (await SavedMeasuresAsync(noticeId)).Select(m => m.Path));

        var api = await factory.OfficeApiAsync();
        var dryRun = await (await api.ImportTextAsync(text, dryRun: true)).OkJsonAsync();
        Assert.True(dryRun.GetProperty("cutOff").GetBoolean());
        Assert.Contains("建立依申请公开疑难问题会商机制", Strings(dryRun.GetProperty("lostRows")).Single(), StringComparison.Ordinal);
    }

    /// <summary>A department's list as Word saves a converted .doc: the title in a merged first row
    /// (gridSpan), the 工作任务 cell merged down (vMerge), a 责任科室 cell merged down over two rows,
    /// and a cell whose paragraph sits in a content control.</summary>
    private static byte[] ConvertedWordList()
    {
        static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
        {
            var properties = new TableCellProperties();
            if (span > 1)
            {
                properties.Append(new GridSpan { Val = span });
            }

            if (merge is { } m)
            {
                properties.Append(new VerticalMerge { Val = m });
            }

            return new TableCell(properties, new Paragraph(new Run(new Text(text))));
        }

        static TableRow Row(params TableCell[] cells) => new(cells);

        var nested = new TableCell(new TableCellProperties(),
            new SdtBlock(new SdtContentBlock(new Paragraph(new Run(new Text("公开学校招生入学政策、划片范围和招生计划"))))));
        var table = new Table(
            new TableGrid(new GridColumn(), new GridColumn(), new GridColumn(), new GridColumn(), new GridColumn()),
            Row(Cell("潼南区教委2024年政务公开工作任务清单", 5)),
            Row(Cell("工作任务"), Cell("序号"), Cell("具体要求"), Cell("责任科室"), Cell("时限要求")),
            Row(Cell("信息公开", merge: MergedCellValues.Restart), Cell("1"), nested, Cell("基础教育科", merge: MergedCellValues.Restart), Cell("2024年8月底前")),
            Row(Cell("", merge: MergedCellValues.Continue), Cell("2"), Cell("公开义务教育阶段学校收费项目和标准"), Cell("", merge: MergedCellValues.Continue), Cell("持续推进")),
            Row(Cell("政策解读"), Cell("3"), Cell("对新出台的教育政策同步发布解读材料"), Cell("政策法规科"), Cell("年底前")));
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("潼南区教育委员会办公室"))), new Paragraph(new Run(new Text("附件1"))), table));
        }

        return stream.ToArray();
    }
}
