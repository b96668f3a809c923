using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.TaskDivision;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.TaskDivision;

/// <summary>"A measure with no deadline is due at the end of the notice's year unless edited": the
/// district office edits due dates, and a re-import keeps the edited ones.</summary>
public sealed class TaskDueDateTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    // The first measure names a date; the second none, so it is due at the end of 2025.
    private static string Notice(int number, string firstDate = "2025年10月10日前") =>
        $"江津府办发〔2025〕{number}号\n2025年政务公开工作要点任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
        $"\t一、深化公开\t（一）做好预公开\t1．{firstDate}公开决策草案\t区司法局\t区财政局\n" +
        "\t\t\t2．加强政策解读\t区司法局\t区财政局\n";

    private async Task<(int First, int Second)> ImportAsync(HttpClient office, string notice)
    {
        var noticeId = (await (await office.ImportTextAsync(notice)).OkJsonAsync()).GetProperty("noticeId").GetInt32();
        var ids = new List<int>();
        await factory.WithDbAsync(async db => ids = await db.Set<TaskMeasure>().Where(m => m.NoticeId == noticeId).OrderBy(m => m.Number).Select(m => m.Id).ToListAsync());
        return (ids[0], ids[1]);
    }

    private async Task<TaskMeasure> MeasureAsync(int id)
    {
        TaskMeasure? measure = null;
        await factory.WithDbAsync(async db => measure = await db.Set<TaskMeasure>().AsNoTracking().SingleAsync(m => m.Id == id));
        return measure!;
    }

    private static Task<HttpResponseMessage> EditAsync(HttpClient client, int id, object body) =>
        client.PostAsJsonAsync($"/api/v1/task-divisions/measures/{id}/due-date", body);

    [Fact]
    public async Task The_district_office_edits_a_due_date_through_the_form_and_it_is_audited()
    {
        var office = await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));
        var (_, second) = await ImportAsync(await factory.OfficeApiAsync(), Notice(101));
        Assert.Equal(new DateOnly(2025, 12, 31), (await MeasureAsync(second)).DueDate);

        var posted = await office.PostFormAsync($"/admin/tasks/measures/{second}",
            new() { ["DueOn"] = "2025-06-30", ["DueDateReason"] = "区政府常务会议要求提前完成。" },
            $"/admin/tasks/measures/{second}?handler=DueDate");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var measure = await MeasureAsync(second);
        Assert.Equal(new DateOnly(2025, 6, 30), measure.DueDate);
        Assert.NotNull(measure.DueDateEditedAt);
        Assert.NotNull(measure.DueDateEditedBy);
        Assert.Equal("区政府常务会议要求提前完成。", measure.DueDateEditReason);
        var page = await office.GetStringAsync($"/admin/tasks/measures/{second}");
        Assert.Contains("2025-06-30（已由区政府办公室修改：区政府常务会议要求提前完成。）", page, StringComparison.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.EventType == TaskDivisionEvents.DueDateEdited && e.TargetId == second.ToString());
            Assert.Equal(measure.DueDateEditedBy, entry.UserId);
        });
    }

    [Fact]
    public async Task A_responsible_organs_editor_may_not_edit_a_due_date()
    {
        var (first, _) = await ImportAsync(await factory.OfficeApiAsync(), Notice(102));
        var finance = await factory.OrganizationIdAsync("区财政局");
        var api = await factory.ApiStaffAsync((finance, BusinessRole.Editor));
        var page = await factory.StaffClientAsync(PublicationTestKit.Unique("fin-"), (finance, BusinessRole.Editor));

        var viaApi = await EditAsync(api, first, new { dueOn = "2025-12-31", reason = "想晚一点。" });
        var viaForm = await page.PostFormAsync($"/admin/tasks/measures/{first}",
            new() { ["DueOn"] = "2025-12-31", ["DueDateReason"] = "想晚一点。" }, $"/admin/tasks/measures/{first}?handler=DueDate");

        Assert.Equal(HttpStatusCode.Forbidden, viaApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viaForm.StatusCode);
        Assert.DoesNotContain("修改完成期限", await page.GetStringAsync($"/admin/tasks/measures/{first}"), StringComparison.Ordinal);
        var measure = await MeasureAsync(first);
        Assert.Equal((new DateOnly(2025, 10, 10), (DateTimeOffset?)null), (measure.DueDate, measure.DueDateEditedAt));
    }

    [Fact]
    public async Task A_reimport_keeps_the_edited_due_date_and_still_updates_the_others()
    {
        var office = await factory.OfficeApiAsync();
        var (first, second) = await ImportAsync(office, Notice(103));
        (await EditAsync(office, second, new { dueOn = "2025-09-30", reason = "与市级部署衔接。" })).EnsureSuccessStatusCode();

        var (againFirst, againSecond) = await ImportAsync(office, Notice(103, firstDate: "2025年11月20日前"));

        Assert.Equal((first, second), (againFirst, againSecond));
        Assert.Equal(new DateOnly(2025, 11, 20), (await MeasureAsync(first)).DueDate);
        Assert.Equal(new DateOnly(2025, 9, 30), (await MeasureAsync(second)).DueDate);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_chinese_and_nothing_is_saved()
    {
        var office = await factory.OfficeApiAsync();
        var (first, _) = await ImportAsync(office, Notice(104));

        Assert.Contains("请填写新的完成期限", await (await EditAsync(office, first, new { reason = "调整。" })).ProblemAsync(), StringComparison.Ordinal);
        Assert.Contains("修改完成期限的理由", await (await EditAsync(office, first, new { dueOn = "2025-11-30", reason = "  " })).ProblemAsync(), StringComparison.Ordinal);
        Assert.Contains("不能早于通知所属年度的开始（2025-01-01）", await (await EditAsync(office, first, new { dueOn = "2024-12-31", reason = "调整。" })).ProblemAsync(), StringComparison.Ordinal);

        var form = await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));
        var page = await form.PostFormAsync($"/admin/tasks/measures/{first}", new() { ["DueOn"] = "2025-11-30", ["DueDateReason"] = "" },
            $"/admin/tasks/measures/{first}?handler=DueDate");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("请填写修改完成期限的理由", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var measure = await MeasureAsync(first);
        Assert.Equal((new DateOnly(2025, 10, 10), (DateTimeOffset?)null), (measure.DueDate, measure.DueDateEditedAt));
        await factory.WithDbAsync(async db => Assert.False(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == TaskDivisionEvents.DueDateEdited && e.TargetId == first.ToString())));
    }
}
