using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.TaskDivision;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.TaskDivision;

public sealed class TaskAssessmentTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    // Today is 2026-11-27. The first measure was due 2026-11-20; the second is a quarterly duty,
    // so by now reports for the first three quarters are owed.
    private const string Notice =
        "江津府办发〔2026〕9号\n2026年政务公开考核任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
        "\t一、深化公开\t（一）做好预公开\t1．2026年11月20日前公开决策草案\t区司法局\t区财政局、区商务委\n" +
        "\t\t\t2．每季度报送公开情况\t区司法局\t区商务委\n";

    private static Task<HttpResponseMessage> ReportAsync(HttpClient client, int measureId, int organId, string status, string evidence, string on) =>
        client.PostAsJsonAsync($"/api/v1/task-divisions/measures/{measureId}/reports",
            new { organizationId = organId, status, narrative = "进展情况。", evidence, reportedOn = on });

    [Fact]
    public async Task Organs_are_scored_by_the_rubric_with_a_breakdown_and_the_rubric_is_configurable()
    {
        var office = await factory.OfficeApiAsync();
        var noticeId = (await (await office.ImportTextAsync(Notice)).OkJsonAsync()).GetProperty("noticeId").GetInt32();
        var ids = new List<int>();
        await factory.WithDbAsync(async db => ids = await db.Set<TaskMeasure>().Where(m => m.NoticeId == noticeId).OrderBy(m => m.Number).Select(m => m.Id).ToListAsync());
        var finance = await factory.OrganizationIdAsync("区财政局");
        var commerce = await factory.OrganizationIdAsync("区商务委");
        var financeEditor = await factory.ApiStaffAsync((finance, BusinessRole.Editor));
        var commerceEditor = await factory.ApiStaffAsync((commerce, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(financeEditor, ids[0], finance, "done", "/xxgk/1/item-1", "2026-11-19")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(commerceEditor, ids[1], commerce, "inProgress", "", "2026-08-15")).StatusCode);

        var page = await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));
        var html = await page.GetStringAsync($"/admin/tasks/notices/{noticeId}/assessment");
        // 区财政局: 1/1 on time, 1/1 owed report filed, 1/1 with evidence → 60 + 25 + 15.
        Assert.Matches("区财政局</td>\\s*<td>1</td>\\s*<td>1</td>\\s*<td>1/1</td>\\s*<td>1/1</td>\\s*<td>60</td>\\s*<td>25</td>\\s*<td>15</td>\\s*<td>100</td>", html);
        // 区商务委: 0/2 on time; owed 1 (measure 1) + 3 quarters = 4, filed 1 (Q3); no evidence → 0 + 6.25 + 0.
        Assert.Matches("区商务委</td>\\s*<td>2</td>\\s*<td>0</td>\\s*<td>4/1</td>\\s*<td>0/1</td>\\s*<td>0</td>\\s*<td>6.25</td>\\s*<td>0</td>\\s*<td>6.25</td>", html);

        var saved = await page.PostFormAsync($"/admin/tasks/notices/{noticeId}/assessment", new() { ["DoneOnTime"] = "50", ["ReportsFiled"] = "30", ["Evidence"] = "20" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        html = await page.GetStringAsync($"/admin/tasks/notices/{noticeId}/assessment");
        Assert.Matches("区商务委</td>(\\s*<td>[^<]*</td>){7}\\s*<td>7.5</td>", html);
        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == TaskDivisionEvents.RubricChanged)));

        var refused = await page.PostFormAsync($"/admin/tasks/notices/{noticeId}/assessment", new() { ["DoneOnTime"] = "-5", ["ReportsFiled"] = "30", ["Evidence"] = "20" });
        Assert.Contains("不能为负数", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var excel = await page.GetAsync($"/admin/tasks/notices/{noticeId}/assessment?handler=Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
    }
}
