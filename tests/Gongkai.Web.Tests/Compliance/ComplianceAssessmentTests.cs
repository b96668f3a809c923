using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.TaskDivision;

namespace Gongkai.Web.Tests.Compliance;

/// <summary>Overview indicators as scored criteria of a task-division rubric, and the platform's
/// facts shown on a measure. Today is 2026-11-27.</summary>
public sealed class ComplianceAssessmentTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Notice =
        "江津府办发〔2026〕21号\n2026年政务公开考核任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
        "\t一、深化公开\t（一）做好依申请公开\t1．2026年12月31日前依法按时答复依申请公开\t区司法局\t区商务委\n";

    [Fact]
    public async Task The_score_follows_an_indicator_used_as_a_criterion_and_the_measure_shows_the_platforms_facts()
    {
        var office = await factory.OfficeApiAsync();
        var noticeId = (await (await office.ImportTextAsync(Notice)).OkJsonAsync()).GetProperty("noticeId").GetInt32();
        var commerce = await factory.OrganizationIdAsync("区商务委");
        var page = await factory.OfficeAsync();
        var url = $"/admin/tasks/notices/{noticeId}/assessment";
        var saved = await page.PostFormAsync(url, new()
        {
            ["DoneOnTime"] = "50",
            ["ReportsFiled"] = "20",
            ["Evidence"] = "10",
            ["Indicators[overdueApplications]"] = "20",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Nothing overdue yet: the criterion earns its 20 points, next to 0 (not done) + 20 (no report owed yet) + 0 (no report).
        var html = await page.GetStringAsync(url);
        Assert.Contains("value=\"20\"", html, StringComparison.Ordinal);
        Assert.Matches("data-key=\"overdueApplications\">依申请逾期未答复：20</div>\\s*</td>\\s*<td>40</td>", html);

        // An application received on 2026-09-01 and never answered: the criterion now earns nothing.
        var handler = await factory.CaseHandlerAsync(commerce);
        await ApplicationTestKit.RegisterAsync(handler, commerce, receivedOn: "2026-09-01");
        html = await page.GetStringAsync(url);
        Assert.Matches($"<a href=\"/admin/applications\\?org={commerce}\">依申请逾期未答复</a>：0（1 件申请已超过答复期限仍未办结）</div>\\s*</td>\\s*<td>20</td>", html);

        // The measure asks for 依申请公开: its page shows what the platform knows per responsible organ.
        var measureId = Regex.Match(await page.GetStringAsync($"/admin/tasks/notices/{noticeId}"), "/admin/tasks/measures/(\\d+)").Groups[1].Value;
        var measure = await page.GetStringAsync($"/admin/tasks/measures/{measureId}");
        Assert.Contains("平台掌握的情况", measure, StringComparison.Ordinal);
        Assert.Matches($"<td class=\"compliance-behind\" data-key=\"overdueApplications\">\\s*<a href=\"/admin/applications\\?org={commerce}\">1 件申请已超过答复期限仍未办结</a>", measure);

        var refused = await page.PostFormAsync(url, new() { ["DoneOnTime"] = "50", ["ReportsFiled"] = "20", ["Evidence"] = "10", ["Indicators[overdueApplications]"] = "-1" });
        Assert.Contains("依申请逾期未答复”的分值不能为负数", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
