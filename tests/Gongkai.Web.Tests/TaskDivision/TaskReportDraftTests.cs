using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.TaskDivision;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.TaskDivision;

/// <summary>The annual report's section 六 draws on the year's task division (its own database:
/// signing a measure off changes what every other test of a class would see).</summary>
public sealed class TaskReportDraftTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    // 区司法局 leads both measures.
    private const string Notice =
        "江津府办发〔2026〕9号\n2026年政务公开工作要点任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
        "\t一、深化公开\t（一）做好预公开\t1．2026年12月10日前公开决策草案\t区司法局\t区财政局\n" +
        "\t\t\t2．加强解读\t区司法局\t区商务委\n";

    [Fact]
    public async Task The_draft_of_section_six_says_how_the_organs_measures_were_carried_out()
    {
        var saved = await (await (await factory.OfficeApiAsync()).ImportTextAsync(Notice)).OkJsonAsync();
        var noticeId = saved.GetProperty("noticeId").GetInt32();
        var first = 0;
        await factory.WithDbAsync(async db => first = await db.Set<TaskMeasure>().Where(m => m.NoticeId == noticeId).OrderBy(m => m.Number).Select(m => m.Id).FirstAsync());
        var justice = await factory.OrganizationIdAsync("区司法局");
        var editor = await factory.ApiStaffAsync((justice, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/task-divisions/measures/{first}/sign-off", new { organizationId = justice })).StatusCode);

        var report = await (await editor.GetAsync($"/api/v1/annual-reports/{justice}/2026")).OkJsonAsync();
        var six = report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("number").GetString() == "六").GetProperty("text").GetString();
        // Signed off on 2026-11-27, before the first measure's 12-10 deadline.
        Assert.Contains("本机关承担任务2项，已完成1项，其中按期完成1项", six, StringComparison.Ordinal);

        // An organ with no measures that year keeps the prompt.
        var other = await factory.OrganizationIdAsync("区教委");
        var otherReport = await (await (await factory.ApiStaffAsync((other, BusinessRole.Editor))).GetAsync($"/api/v1/annual-reports/{other}/2026")).OkJsonAsync();
        Assert.Contains("请补充本年度政务公开工作要点落实情况", otherReport.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("number").GetString() == "六").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
