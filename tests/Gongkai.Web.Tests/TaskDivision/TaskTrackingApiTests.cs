using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.TaskDivision;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.TaskDivision;

public sealed class TaskTrackingApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    // Two measures: 区司法局 leads both; 区财政局 and 区商务委 are responsible for the first, only
    // 区商务委 for the second.
    private const string Notice =
        "江津府办发〔2026〕7号\n2026年政务公开工作要点任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
        "\t一、深化公开\t（一）做好预公开\t1．2026年12月10日前公开决策草案\t区司法局\t区财政局、区商务委\n" +
        "\t\t\t2．加强解读\t区司法局\t区商务委\n";

    private async Task<(int First, int Second, int NoticeId)> ImportAsync()
    {
        var office = await factory.OfficeApiAsync();
        var saved = await (await office.ImportTextAsync(Notice)).OkJsonAsync();
        var noticeId = saved.GetProperty("noticeId").GetInt32();
        var ids = new List<int>();
        await factory.WithDbAsync(async db => ids = await db.Set<TaskMeasure>().Where(m => m.NoticeId == noticeId).OrderBy(m => m.Number).Select(m => m.Id).ToListAsync());
        return (ids[0], ids[1], noticeId);
    }

    private async Task<HttpClient> EditorOfAsync(string organ) =>
        await factory.ApiStaffAsync((await factory.OrganizationIdAsync(organ), BusinessRole.Editor));

    private static Task<HttpResponseMessage> ReportAsync(HttpClient client, int measureId, int organId, string status) =>
        client.PostAsJsonAsync($"/api/v1/task-divisions/measures/{measureId}/reports",
            new { organizationId = organId, status, narrative = "已在平台公开决策草案。", evidence = "/xxgk/1/item-1\nhttps://www.jiangjin.gov.cn/a.html", reportedOn = "2026-11-26" });

    [Fact]
    public async Task An_organ_reports_on_its_own_measures_only()
    {
        var (first, second, _) = await ImportAsync();
        var finance = await factory.OrganizationIdAsync("区财政局");
        var financeEditor = await EditorOfAsync("区财政局");

        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(financeEditor, first, finance, "inProgress")).StatusCode);
        // 区财政局 is not responsible for the second measure.
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAsync(financeEditor, second, finance, "done")).StatusCode);
        // Nor may it report in another organ's name.
        var commerce = await factory.OrganizationIdAsync("区商务委");
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAsync(financeEditor, first, commerce, "done")).StatusCode);

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.Set<TaskProgressReport>().CountAsync(r => r.MeasureId == first || r.MeasureId == second));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == TaskDivisionEvents.ProgressReported && e.TargetId == first.ToString()));
        });
    }

    [Fact]
    public async Task Reports_with_bad_status_or_foreign_evidence_are_refused_in_chinese()
    {
        var (first, _, _) = await ImportAsync();
        var finance = await factory.OrganizationIdAsync("区财政局");
        var editor = await EditorOfAsync("区财政局");

        var badStatus = await ReportAsync(editor, first, finance, "finished");
        Assert.Contains("请选择进展状态", await badStatus.ProblemAsync(), StringComparison.Ordinal);
        var badLink = await editor.PostAsJsonAsync($"/api/v1/task-divisions/measures/{first}/reports",
            new { organizationId = finance, status = "done", narrative = "完成", evidence = "javascript:alert(1)" });
        Assert.Contains("佐证材料", await badLink.ProblemAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_lead_organ_signs_a_measure_off()
    {
        var (first, _, _) = await ImportAsync();
        var justice = await factory.OrganizationIdAsync("区司法局");
        var finance = await factory.OrganizationIdAsync("区财政局");

        var financeEditor = await EditorOfAsync("区财政局");
        Assert.Equal(HttpStatusCode.Forbidden, (await financeEditor.PostAsJsonAsync($"/api/v1/task-divisions/measures/{first}/sign-off", new { organizationId = finance })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await financeEditor.PostAsJsonAsync($"/api/v1/task-divisions/measures/{first}/sign-off", new { organizationId = justice })).StatusCode);

        var justiceEditor = await EditorOfAsync("区司法局");
        Assert.Equal(HttpStatusCode.OK, (await justiceEditor.PostAsJsonAsync($"/api/v1/task-divisions/measures/{first}/sign-off", new { organizationId = justice })).StatusCode);
        await factory.WithDbAsync(async db => Assert.NotNull((await db.Set<TaskMeasure>().SingleAsync(m => m.Id == first)).SignedOffAt));
    }

    [Fact]
    public async Task Progress_rolls_up_from_the_organs_reports_and_the_sign_off()
    {
        var (first, second, noticeId) = await ImportAsync();
        var finance = await factory.OrganizationIdAsync("区财政局");
        var commerce = await factory.OrganizationIdAsync("区商务委");
        await ReportAsync(await EditorOfAsync("区财政局"), first, finance, "done");
        var commerceEditor = await EditorOfAsync("区商务委");
        await ReportAsync(commerceEditor, first, commerce, "inProgress");
        await ReportAsync(commerceEditor, second, commerce, "inProgress");

        var office = await factory.OfficeApiAsync();
        var tree = await (await office.GetAsync($"/api/v1/task-divisions/notices/{noticeId}/progress")).OkJsonAsync();

        // First measure: (1 + ½) / 2 = 0.75; second: ½; notice: (0.75 + 0.5) / 2 = 0.625.
        Assert.Equal(0.625, tree.GetProperty("progress").GetDouble(), 6);
        var sub = tree.GetProperty("children")[0].GetProperty("children")[0];
        Assert.Equal(0.75, sub.GetProperty("children")[0].GetProperty("progress").GetDouble(), 6);
        Assert.Equal(0, tree.GetProperty("doneMeasures").GetInt32());
        // Due 2026-12-10, today 2026-11-27: within 14 days, so at risk.
        Assert.Equal(1, sub.GetProperty("children")[0].GetProperty("atRiskMeasures").GetInt32());
        Assert.Equal(0, sub.GetProperty("children")[1].GetProperty("atRiskMeasures").GetInt32());
    }

    [Fact]
    public async Task Supervision_is_recorded_shown_until_answered_and_answered_only_by_its_organ()
    {
        var (first, _, _) = await ImportAsync();
        var finance = await factory.OrganizationIdAsync("区财政局");
        var office = await factory.OfficeApiAsync();

        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/task-divisions/measures/{first}/supervisions", new { organizationId = finance, message = "请于本周内报送进展。" })).StatusCode);
        var supervisionId = 0;
        await factory.WithDbAsync(async db => supervisionId = (await db.Set<TaskSupervision>().SingleAsync(s => s.MeasureId == first)).Id);

        var commerceEditor = await EditorOfAsync("区商务委");
        Assert.Equal(HttpStatusCode.Forbidden, (await commerceEditor.PostAsJsonAsync($"/api/v1/task-divisions/supervisions/{supervisionId}/answer", new { answer = "已报送" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commerceEditor.PostAsJsonAsync($"/api/v1/task-divisions/measures/{first}/supervisions", new { organizationId = finance, message = "x" })).StatusCode);

        var financeEditor = await EditorOfAsync("区财政局");
        Assert.Equal(HttpStatusCode.OK, (await financeEditor.PostAsJsonAsync($"/api/v1/task-divisions/supervisions/{supervisionId}/answer", new { answer = "已报送进展。" })).StatusCode);
        await factory.WithDbAsync(async db =>
        {
            Assert.NotNull((await db.Set<TaskSupervision>().SingleAsync(s => s.Id == supervisionId)).AnsweredAt);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == TaskDivisionEvents.Supervised));
        });
    }
}
