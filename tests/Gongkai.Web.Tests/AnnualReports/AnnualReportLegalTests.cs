using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>What the annual report takes from the law and the platform's own records: the fees of
/// section 六 from the fee events (国办函〔2020〕109号), table 二's rows without a source named in the
/// editor, and the Art. 49 deadlines as settings of the district office.</summary>
public sealed class AnnualReportLegalTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Section_six_reports_the_fees_charged_from_fee_notice_and_payment_events_109hao()
    {
        var organ = await factory.NewOrganAsync();
        var handler = await factory.CaseHandlerAsync(organ.Id);
        var paid = await ApplicationTestKit.RegisterAsync(handler, organ.Id, receivedOn: "2026-11-02");
        var unpaid = await ApplicationTestKit.RegisterAsync(handler, organ.Id, receivedOn: "2026-11-03");
        await ApplicationTestKit.ExpectAsync(HttpStatusCode.OK, handler.EventAsync(paid, new { type = "feeNoticeSent", on = "2026-11-10", amount = 300 }));
        await ApplicationTestKit.ExpectAsync(HttpStatusCode.OK, handler.EventAsync(paid, new { type = "feePaid", on = "2026-11-16" }));
        await ApplicationTestKit.ExpectAsync(HttpStatusCode.OK, handler.EventAsync(unpaid, new { type = "feeNoticeSent", on = "2026-11-12", pages = 45 }));

        var api = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        var report = await (await api.GetAsync($"/api/v1/annual-reports/{organ.Id}/2026")).JsonAsync();
        var facts = report.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetDecimal());
        Assert.Equal(2m, facts[FeeFacts.NoticeCount]);
        Assert.Equal(450m, facts[FeeFacts.NoticeAmount]); // 300 + 按量 45 pages: 15 × 10 元
        Assert.Equal(1m, facts[FeeFacts.PaidCount]);
        Assert.Equal(300m, facts[FeeFacts.CollectedAmount]);

        var editor = await factory.StaffClientAsync(PublicationTestKit.Unique("ar-"), (organ.Id, BusinessRole.Editor));
        var page = Parser.ParseDocument(await editor.GetStringAsync($"/admin/annual-reports/{organ.Id}/2026"));
        var six = page.QuerySelector("#other-matters")!.TextContent;
        Assert.Contains("发出收费通知2件、金额合计450元", six);
        Assert.Contains("实际收取信息处理费共计300元", six);
        Assert.DoesNotContain("暂无数据来源", six);
    }

    [Fact]
    public async Task Without_fee_events_section_six_says_no_fee_was_charged_109hao()
    {
        var organ = await factory.NewOrganAsync();
        var editor = await factory.StaffClientAsync(PublicationTestKit.Unique("ar-"), (organ.Id, BusinessRole.Editor));
        var six = Parser.ParseDocument(await editor.GetStringAsync($"/admin/annual-reports/{organ.Id}/2025")).QuerySelector("#other-matters")!.TextContent;
        Assert.Contains("未发出信息处理费收费通知，未收取信息处理费", six);
    }

    [Fact]
    public async Task Table_two_rows_without_a_source_say_so_in_the_editor_with_a_link_to_what_would_fill_them_30hao()
    {
        var organ = await factory.NewOrganAsync();
        var editor = await factory.StaffClientAsync(PublicationTestKit.Unique("ar-"), (organ.Id, BusinessRole.Editor));
        var page = Parser.ParseDocument(await editor.GetStringAsync($"/admin/annual-reports/{organ.Id}/2025"));
        var pending = page.QuerySelector("#pending-sources")!;
        var fees = pending.QuerySelector("li[data-row='proactive.item8/fees']")!;
        Assert.Contains("暂无数据来源", fees.TextContent);
        var links = fees.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/xxgk/{organ.Id}/item-8", links);
        Assert.Contains("#adjust", links);
        Assert.NotNull(page.QuerySelector("#adjust"));
        // The enforcement decisions fill 行政许可, 行政处罚 and 行政强制, so those rows are not listed.
        Assert.Null(pending.QuerySelector("li[data-row='proactive.item5/licence']"));
        Assert.Null(pending.QuerySelector("li[data-row='proactive.item6/penalty']"));
        Assert.Null(pending.QuerySelector("li[data-row='proactive.item6/coercion']"));
        // The normative library fills 行政规范性文件, so that row is not listed.
        Assert.Null(pending.QuerySelector("li[data-row='proactive.item1/normativeDocuments']"));
    }

    [Fact]
    public async Task Report_deadlines_are_settings_of_the_district_office_and_default_to_article_49_tiaoli_art49()
    {
        var officeId = await factory.OrganizationIdAsync("区政府办公室");
        var office = await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (officeId, BusinessRole.Supervisor));
        string Deadline(string html, int orgId) =>
            Parser.ParseDocument(html).QuerySelector($"#report-status tr[data-org='{orgId}'] td:nth-child(3)")!.TextContent.Trim();
        var town = await factory.OrganizationIdAsync("油溪镇");
        var department = await factory.OrganizationIdAsync("区民政局");
        var government = await factory.OrganizationIdAsync("区政府");

        var before = await office.GetStringAsync("/admin/annual-reports?year=2025");
        Assert.Equal("2026-01-31", Deadline(before, town));
        Assert.Equal("2026-01-31", Deadline(before, department));
        Assert.Equal("2026-03-31", Deadline(before, government));

        var organAdmin = await factory.StaffClientAsync(PublicationTestKit.Unique("adm-"), (town, BusinessRole.OrganizationAdmin));
        Assert.Equal(HttpStatusCode.Forbidden, (await organAdmin.GetAsync("/admin/annual-reports/settings")).StatusCode);

        var fields = new Dictionary<string, string>
        {
            ["DepartmentMonth"] = "1",
            ["DepartmentDay"] = "31",
            ["TownMonth"] = "2",
            ["TownDay"] = "30",
            ["GovernmentMonth"] = "3",
            ["GovernmentDay"] = "31",
        };
        var invalid = await office.PostFormAsync("/admin/annual-reports/settings", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("镇（街道）的年度报告公布期限（2月30日）不是有效日期", await invalid.Content.ReadAsStringAsync());

        fields["TownDay"] = "20";
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync("/admin/annual-reports/settings", fields)).StatusCode);
        var after = await office.GetStringAsync("/admin/annual-reports?year=2025");
        Assert.Equal("2026-02-20", Deadline(after, town));
        Assert.Equal("2026-01-31", Deadline(after, department));
        Assert.Equal("2026-03-31", Deadline(after, government));
        Assert.Contains("镇（街道）于2月20日前", after);
        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "annualReport.deadlinesChanged")));
    }
}
