using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.TaskDivision;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.TaskDivision;

public sealed class TaskPagesTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Notice =
        "江津府办发〔2027〕3号\n2027年政务公开工作要点任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
        "\t一、深化公开\t（一）做好预公开\t1．公开决策草案\t区司法局\t区财政局\n";

    private async Task<HttpClient> OfficeAsync() =>
        await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));

    [Fact]
    public async Task The_office_previews_then_saves_and_nothing_is_saved_by_the_preview()
    {
        var office = await OfficeAsync();

        var preview = await office.PostFormAsync("/admin/tasks/import", new() { ["SourceText"] = Notice }, "/admin/tasks/import?handler=Preview");
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("重点任务 1 项，二级任务 1 项，贯彻举措 1 条", html, StringComparison.Ordinal);
        await factory.WithDbAsync(async db => Assert.False(await db.Set<TaskNotice>().AnyAsync(n => n.Year == 2027)));

        var save = await office.PostFormAsync("/admin/tasks/import", new() { ["SourceText"] = Notice }, "/admin/tasks/import?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var tree = await office.GetStringAsync(save.Headers.Location!.ToString());
        Assert.Contains("<progress", tree, StringComparison.Ordinal);
        Assert.Contains("一/（一）/1", tree, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", tree, StringComparison.Ordinal);

        var noticeId = save.Headers.Location!.ToString().Split('/')[^1];
        var excel = await office.GetAsync($"/admin/tasks/notices/{noticeId}?handler=Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await excel.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(["重点任务", "二级任务", "贯彻举措", "牵头单位", "责任单位", "期限", "完成期限", "状态", "进度"], row.Keys);
        Assert.Equal(("一、深化公开", "1．公开决策草案", "区司法局", "区财政局", "正常推进"),
            ((string?)row["重点任务"], (string?)row["贯彻举措"], (string?)row["牵头单位"], (string?)row["责任单位"], (string?)row["状态"]));
        var word = await office.GetAsync($"/admin/tasks/notices/{noticeId}?handler=Word");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_organ_sees_its_measures_and_files_a_report_through_the_form()
    {
        var office = await OfficeAsync();
        await office.PostFormAsync("/admin/tasks/import", new() { ["SourceText"] = Notice }, "/admin/tasks/import?handler=Save");
        var finance = await factory.OrganizationIdAsync("区财政局");
        var editor = await factory.StaffClientAsync(PublicationTestKit.Unique("fin-"), (finance, BusinessRole.Editor));

        var list = await editor.GetStringAsync("/admin/tasks");
        Assert.Contains("公开决策草案", list, StringComparison.Ordinal);
        int measureId = 0;
        await factory.WithDbAsync(async db => measureId = await db.Set<TaskMeasure>().Where(m => m.Text == "公开决策草案").Select(m => m.Id).SingleAsync());

        var posted = await editor.PostFormAsync($"/admin/tasks/measures/{measureId}",
            new() { ["OrganizationId"] = finance.ToString(), ["Status"] = "done", ["Narrative"] = "草案已公开。", ["Evidence"] = "" },
            $"/admin/tasks/measures/{measureId}?handler=Report");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("草案已公开。", await editor.GetStringAsync($"/admin/tasks/measures/{measureId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organ_staff_cannot_open_the_import_page_or_another_organs_measure()
    {
        var office = await OfficeAsync();
        await office.PostFormAsync("/admin/tasks/import", new() { ["SourceText"] = Notice }, "/admin/tasks/import?handler=Save");
        var other = await factory.StaffClientAsync(PublicationTestKit.Unique("edu-"), (await factory.OrganizationIdAsync("区教委"), BusinessRole.Editor));
        int measureId = 0;
        await factory.WithDbAsync(async db => measureId = await db.Set<TaskMeasure>().Where(m => m.Text == "公开决策草案").Select(m => m.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/admin/tasks/import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/tasks/measures/{measureId}")).StatusCode);
    }
}
