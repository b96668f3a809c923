using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Web.Tests.AnnualReports;

public sealed partial class AnnualReportTests(AnnualReportFactory factory) : IClassFixture<AnnualReportFactory>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private static string Page(int orgId, int year) => $"/admin/annual-reports/{orgId}/{year}";

    private async Task<(int OrgId, List<ApplicationCaseRecord> Cases)> OrganWithCasesAsync(int seed, int count = 400)
    {
        var orgId = await factory.PortalOrganAsync();
        var cases = GeneratedCaseRecords.Generate(seed, count);
        factory.Records.Cases[orgId] = cases;
        return (orgId, cases);
    }

    private async Task<System.Text.Json.JsonElement> ApiReportAsync(HttpClient api, int orgId, int year)
    {
        var response = await api.GetAsync($"/api/v1/annual-reports/{orgId}/{year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Table_three_from_generated_cases_matches_the_hand_built_expectation_cell_by_cell_with_carry_over()
    {
        var (orgId, cases) = await OrganWithCasesAsync(seed: 6);
        var api = await factory.ApiStaffAsync((orgId, BusinessRole.Editor));
        var template = ReportTemplates.V2021.Table("applications");
        var previous = (Dictionary<(string, string), System.Text.Json.JsonElement>?)null;
        foreach (var year in new[] { 2023, 2024 })
        {
            var report = await ApiReportAsync(api, orgId, year);
            var cells = AnnualReportKit.Cells(report, "applications");
            var expected = AnnualReportKit.Expect(cases, year);
            Assert.Equal(template.DataRows.Count() * template.Columns.Count, cells.Count);
            foreach (var ((row, column), cell) in cells)
            {
                Assert.True(expected.GetValueOrDefault((row, column)) == cell.GetProperty("computed").GetDecimal(),
                    $"{year} {row}/{column}: expected {expected.GetValueOrDefault((row, column))}, API {cell.GetProperty("computed").GetDecimal()}");
                Assert.Contains("测试生成的办理记录", cell.GetProperty("source").GetString());
            }

            Assert.True(expected[("carriedOver", "total")] > 0 && expected[("carriedForward", "total")] > 0, "the data must cross year ends");
            Assert.True(report.GetProperty("checksPassed").GetBoolean());
            if (previous is not null)
            {
                foreach (var column in template.Columns.Select(c => c.Key))
                {
                    Assert.Equal(previous[("carriedForward", column)].GetProperty("value").GetDecimal(), cells[("carriedOver", column)].GetProperty("value").GetDecimal());
                }
            }

            previous = cells;
        }
    }

    [Fact]
    public async Task Report_years_2019_and_2020_use_the_2019_template_and_later_years_the_2021_template()
    {
        var (orgId, _) = await OrganWithCasesAsync(seed: 7, count: 10);
        var api = await factory.ApiStaffAsync((orgId, BusinessRole.Editor));
        var old = await ApiReportAsync(api, orgId, 2020);
        Assert.Equal("V2019", old.GetProperty("templateVersion").GetString());
        Assert.Equal("国办公开办函〔2019〕60号", old.GetProperty("template").GetString());
        var oldRows = AnnualReportKit.Cells(old, "applications").Keys.Select(k => k.Row).ToHashSet();
        Assert.Contains("other", oldRows);
        Assert.DoesNotContain("other.feeUnpaid", oldRows);
        Assert.Contains(old.GetProperty("tables").EnumerateArray(), t => t.GetProperty("key").GetString() == "proactive.item9");

        var current = await ApiReportAsync(api, orgId, 2021);
        Assert.Equal("V2021", current.GetProperty("templateVersion").GetString());
        var rows = AnnualReportKit.Cells(current, "applications").Keys.Select(k => k.Row).ToHashSet();
        Assert.Contains("other.feeUnpaid", rows);
        Assert.DoesNotContain("other", rows);
        // No feature makes 规章 (a district organ issues none): the cell waits for an adjustment.
        Assert.Equal(0m, AnnualReportKit.Cells(current, "proactive.item1")[("rules", "issued")].GetProperty("computed").GetDecimal());
        Assert.Equal(ReportCellView.NoSource, AnnualReportKit.Cells(current, "proactive.item1")[("rules", "issued")].GetProperty("source").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/annual-reports/{orgId}/2018")).StatusCode);
    }

    [Fact]
    public async Task An_adjustment_needs_an_explanation_shows_computed_adjustment_and_source_and_is_audited()
    {
        var (orgId, cases) = await OrganWithCasesAsync(seed: 8, count: 50);
        var editor = await factory.StaffClientAsync(Unique("ar-e-"), (orgId, BusinessRole.Editor));
        var action = Page(orgId, 2024) + "?handler=Adjust";
        var refused = await editor.PostFormAsync(Page(orgId, 2024), new() { ["cell"] = "proactive.item5/licence/decisions", ["amount"] = "12", ["explanation"] = "" }, action);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请填写调整说明", await refused.Content.ReadAsStringAsync());

        var saved = await editor.PostFormAsync(Page(orgId, 2024), new() { ["cell"] = "proactive.item5/licence/decisions", ["amount"] = "12", ["explanation"] = "行政许可决定来自区政务服务平台统计" }, action);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var api = await factory.ApiStaffAsync((orgId, BusinessRole.Reviewer));
        var cell = AnnualReportKit.Cells(await ApiReportAsync(api, orgId, 2024), "proactive.item5")[("licence", "decisions")];
        Assert.Equal(0m, cell.GetProperty("computed").GetDecimal());
        Assert.Equal(12m, cell.GetProperty("adjustment").GetDecimal());
        Assert.Equal(12m, cell.GetProperty("value").GetDecimal());
        Assert.Equal("行政许可决定来自区政务服务平台统计", cell.GetProperty("explanation").GetString());
        Assert.Equal("行政执法决定公示记录", cell.GetProperty("source").GetString());

        var page = await editor.GetStringAsync(Page(orgId, 2024));
        Assert.Contains("行政许可决定来自区政务服务平台统计", page);
        await factory.WithDbAsync(async db =>
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "annualReport.adjustmentSaved" && e.OrganizationId == orgId)));

        var fractional = await editor.PostFormAsync(Page(orgId, 2024), new() { ["cell"] = "applications/granted/naturalPerson", ["amount"] = "1.5", ["explanation"] = "x" }, action);
        Assert.Contains("件数只能按整数调整", await fractional.Content.ReadAsStringAsync());
        Assert.NotEmpty(cases);
    }

    [Fact]
    public async Task A_report_with_a_failing_check_cannot_be_published_and_a_balanced_one_goes_to_review_in_the_annual_reports_column()
    {
        var (orgId, cases) = await OrganWithCasesAsync(seed: 9, count: 120);
        var editor = await factory.StaffClientAsync(Unique("ar-p-"), (orgId, BusinessRole.Editor));
        var page = Page(orgId, 2024);
        var received = AnnualReportKit.Expect(cases, 2024)[("newReceived", "total")];
        var narrative = await editor.PostFormAsync(page, new()
        {
            ["Narrative.Overview"] = $"本年度新收政府信息公开申请{received}件，均依法答复。",
            ["Narrative.Problems"] = "公开平台栏目更新不够及时，已建立每周检查制度。",
            ["Narrative.OtherMatters"] = "本年度未收取信息处理费。",
        }, page + "?handler=Narrative");
        Assert.Equal(HttpStatusCode.Redirect, narrative.StatusCode);

        // One more received application from a natural person than the cases show: 一 + 二 ≠ 三 + 四.
        await editor.PostFormAsync(page, new() { ["cell"] = "applications/newReceived/naturalPerson", ["amount"] = "1", ["explanation"] = "纸质登记簿补录" }, page + "?handler=Adjust");
        var html = await editor.GetStringAsync(page);
        Assert.Matches("class=\"cell-failing[^\"]*\" data-cell=\"applications/newReceived/naturalPerson\"", html);
        Assert.Contains("publish-blocked", html);

        var blocked = await editor.PostFormAsync(page, [], page + "?handler=Submit");
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.Contains("年度报告不能发布", await blocked.Content.ReadAsStringAsync());
        await factory.WithDbAsync(async db => Assert.False(await db.Set<Publication>().AnyAsync(p => p.OrganizationId == orgId)));

        // Undo the adjustment (0 removes it): the checks pass and the report goes to review.
        await editor.PostFormAsync(page, new() { ["cell"] = "applications/newReceived/naturalPerson", ["amount"] = "0", ["explanation"] = "" }, page + "?handler=Adjust");
        var submitted = await editor.PostFormAsync(page, [], page + "?handler=Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            var report = await db.Set<AnnualReport>().SingleAsync(r => r.OrganizationId == orgId && r.Year == 2024);
            var item = await db.Set<Publication>().Include(p => p.Revisions).SingleAsync(p => p.Id == report.PublicationId);
            var column = await db.Set<PublicationColumn>().SingleAsync(c => c.Id == item.ColumnId);
            Assert.Equal(ColumnKeys.AnnualReports, column.Key);
            Assert.Equal(PublicationStatus.InReview, item.Status);
            Assert.EndsWith("2024年政府信息公开工作年度报告", item.Title, StringComparison.Ordinal);
            Assert.Contains("本年新收政府信息公开申请数量", item.WorkingRevision!.BodyHtml, StringComparison.Ordinal);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "annualReport.submitted" && e.OrganizationId == orgId));
        });
        Assert.Contains("审核中", await editor.GetStringAsync(page));
    }

    [Fact]
    public async Task An_approved_report_is_public_in_the_annual_reports_column_and_a_later_change_goes_through_review_as_a_correction()
    {
        var orgId = await factory.OrganAsync(stages: 1);
        factory.Records.Cases[orgId] = GeneratedCaseRecords.Generate(17, 40);
        var editor = await factory.StaffClientAsync(Unique("ar-c-"), (orgId, BusinessRole.Editor));
        var reviewer = await factory.StaffClientAsync(Unique("ar-v-"), (orgId, BusinessRole.Reviewer));
        var page = Page(orgId, 2024);
        var fields = new Dictionary<string, string>
        {
            ["Narrative.Overview"] = "本机关认真落实《条例》。",
            ["Narrative.Problems"] = "无。",
            ["Narrative.OtherMatters"] = "无。",
        };
        await editor.PostFormAsync(page, fields, page + "?handler=Narrative");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(page, [], page + "?handler=Submit")).StatusCode);
        var id = 0;
        await factory.WithDbAsync(async db => id = (await db.Set<AnnualReport>().SingleAsync(r => r.OrganizationId == orgId)).PublicationId!.Value);
        await reviewer.ApproveAsync(id).ExpectRedirectAsync();

        // Published on 2026-11-27, after the 2025-01-31 deadline for 2024.
        Assert.Contains("已发布（逾期）", await editor.GetStringAsync(page));
        var column = await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/annual-reports");
        Assert.Contains("2024年政府信息公开工作年度报告", column);

        fields["Narrative.Problems"] = "栏目更新不及时，已整改。";
        await editor.PostFormAsync(page, fields, page + "?handler=Narrative");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(page, [], page + "?handler=Submit")).StatusCode);
        await factory.WithDbAsync(async db =>
        {
            var item = await db.Set<Publication>().Include(p => p.Revisions).SingleAsync(p => p.Id == id);
            Assert.Equal(2, item.Revisions.Count);
            Assert.True(item.WorkingInReview);
            Assert.Contains("栏目更新不及时", item.WorkingRevision!.BodyHtml, StringComparison.Ordinal);
            Assert.DoesNotContain("栏目更新不及时", item.BodyHtml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_narrative_must_quote_the_tables_numbers()
    {
        var (orgId, cases) = await OrganWithCasesAsync(seed: 10, count: 60);
        var editor = await factory.StaffClientAsync(Unique("ar-n-"), (orgId, BusinessRole.Editor));
        var page = Page(orgId, 2024);
        await editor.PostFormAsync(page, new()
        {
            ["Narrative.Overview"] = "本年度共收到政府信息公开申请99999件。",
            ["Narrative.Problems"] = "无。",
            ["Narrative.OtherMatters"] = "无。",
        }, page + "?handler=Narrative");
        var html = await editor.GetStringAsync(page);
        Assert.Contains("data-check=\"narrative.numbers\"", html);
        Assert.Matches("check-failed\" data-check=\"narrative.numbers\"", html);
        Assert.Contains($"本年新收申请数为 {AnnualReportKit.Expect(cases, 2024)[("newReceived", "total")]}", html);
    }

    [Fact]
    public async Task The_generated_draft_counts_the_items_published_in_the_year_and_agrees_with_the_tables()
    {
        var (orgId, _) = await OrganWithCasesAsync(seed: 11, count: 80);
        await factory.PublicItemAsync(orgId, "二〇二五年通知一", publishedAt: new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero));
        await factory.PublicItemAsync(orgId, "二〇二五年通知二", publishedAt: new DateTimeOffset(2025, 12, 31, 15, 0, 0, TimeSpan.Zero)); // 2025-12-31 23:00 China time
        await factory.PublicItemAsync(orgId, "二〇二六年通知", publishedAt: new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero)); // 2026-01-01 China time
        var api = await factory.ApiStaffAsync((orgId, BusinessRole.Editor));
        var report = await ApiReportAsync(api, orgId, 2025);
        Assert.True(report.GetProperty("narrativeIsDraft").GetBoolean());
        var overview = report.GetProperty("sections").EnumerateArray().First().GetProperty("text").GetString()!;
        Assert.Contains("主动公开政府信息2条", overview, StringComparison.Ordinal);
        Assert.True(report.GetProperty("checksPassed").GetBoolean(), "the draft quotes the tables, so the narrative check passes");
    }

    [Fact]
    public async Task Word_and_HTML_exports_contain_every_section_and_table()
    {
        var (orgId, cases) = await OrganWithCasesAsync(seed: 12, count: 90);
        var reader = await factory.StaffClientAsync(Unique("ar-w-"), (orgId, BusinessRole.Reviewer));
        var response = await reader.GetAsync(Page(orgId, 2024) + "?handler=Word");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AnnualReportsFeature.WordType, response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<Word.Table>().ToList();
        Assert.Equal(ReportTemplates.V2021.Tables.Count, tables.Count);
        var text = body.InnerText;
        foreach (var heading in ReportTemplates.V2021.Sections.Select(s => s.Heading))
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        var applications = tables.Single(t => t.InnerText.Contains("本年新收政府信息公开申请数量", StringComparison.Ordinal));
        var newRow = applications.Elements<Word.TableRow>().Single(r => r.InnerText.StartsWith("一、本年新收", StringComparison.Ordinal));
        var expectedTotal = AnnualReportKit.Expect(cases, 2024)[("newReceived", "total")];
        Assert.Equal(expectedTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), newRow.Elements<Word.TableCell>().Last().InnerText);
        Assert.Contains(tables, t => t.InnerText.Contains("未经复议直接起诉", StringComparison.Ordinal));

        var html = await reader.GetStringAsync(Page(orgId, 2024) + "?handler=Html");
        Assert.Contains("<h2>三、收到和处理政府信息公开申请情况</h2>", html);
        Assert.Equal(ReportTemplates.V2021.Tables.Count, TableTag().Matches(html).Count);
    }

    [Fact]
    public async Task Only_the_organs_staff_and_supervisors_may_read_and_only_its_editors_may_change_a_report()
    {
        var (orgId, _) = await OrganWithCasesAsync(seed: 13, count: 20);
        var otherOrgan = await factory.PortalOrganAsync();
        var outsider = await factory.StaffClientAsync(Unique("ar-x-"), (otherOrgan, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(Page(orgId, 2024))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(Page(orgId, 2024) + "?handler=Word")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/admin/annual-reports/total/2024")).StatusCode);
        var outsiderApi = await factory.ApiStaffAsync((otherOrgan, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await outsiderApi.GetAsync($"/api/v1/annual-reports/{orgId}/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/annual-reports/{orgId}/2024")).StatusCode);

        // A reviewer reads the report but neither edits nor submits it.
        var reviewer = await factory.StaffClientAsync(Unique("ar-r-"), (orgId, BusinessRole.Reviewer));
        var page = await reviewer.GetStringAsync(Page(orgId, 2024));
        Assert.DoesNotContain("handler=Adjust", page);
        var adjust = await reviewer.PostFormAsync(Page(orgId, 2024), new() { ["cell"] = "applications/granted/naturalPerson", ["amount"] = "3", ["explanation"] = "试图修改" },
            Page(orgId, 2024) + "?handler=Adjust");
        Assert.Equal(HttpStatusCode.Forbidden, adjust.StatusCode);
        var submit = await reviewer.PostFormAsync(Page(orgId, 2024), [], Page(orgId, 2024) + "?handler=Submit");
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Set<AnnualReportAdjustment>().AnyAsync(a => a.OrganizationId == orgId));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "annualReport.denied" && e.TargetId == orgId.ToString()));
        });

        // The organ's administrator may adjust but, not being an editor, not submit.
        var admin = await factory.StaffClientAsync(Unique("ar-a-"), (orgId, BusinessRole.OrganizationAdmin));
        var adminAdjust = await admin.PostFormAsync(Page(orgId, 2024), new() { ["cell"] = "proactive.item8/fees/amount", ["amount"] = "1.25", ["explanation"] = "财政非税收入系统" },
            Page(orgId, 2024) + "?handler=Adjust");
        Assert.Equal(HttpStatusCode.Redirect, adminAdjust.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostFormAsync(Page(orgId, 2024), [], Page(orgId, 2024) + "?handler=Submit")).StatusCode);

        var supervisor = await factory.StaffClientAsync(Unique("ar-s-"), (otherOrgan, BusinessRole.Supervisor));
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync(Page(orgId, 2024))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/admin/annual-reports/total/2024")).StatusCode);
    }

    [Fact]
    public async Task The_district_office_sees_each_organs_status_against_its_deadline()
    {
        var (orgId, _) = await OrganWithCasesAsync(seed: 14, count: 20);
        var government = await factory.PortalOrganAsync(OrganizationKind.Government);
        var supervisor = await factory.StaffClientAsync(Unique("ar-o-"), (orgId, BusinessRole.Supervisor));

        // Today is 2026-11-27: every 2025 report is past its deadline; 2026's are not yet due.
        var overview = await supervisor.GetStringAsync("/admin/annual-reports?year=2025");
        Assert.Matches($"data-org=\"{orgId}\">\\s*<td>[^<]+</td>\\s*<td class=\"report-status\">逾期未发布（未开始）</td>\\s*<td>2026-01-31</td>", overview);
        Assert.Matches($"data-org=\"{government}\">\\s*<td>[^<]+</td>\\s*<td class=\"report-status\">逾期未发布（未开始）</td>\\s*<td>2026-03-31</td>", overview);
        Assert.Contains("/admin/annual-reports/total/2025", overview);

        var editor = await factory.StaffClientAsync(Unique("ar-d-"), (orgId, BusinessRole.Editor));
        await editor.PostFormAsync(Page(orgId, 2026), new() { ["Narrative.Overview"] = "初稿", ["Narrative.Problems"] = "", ["Narrative.OtherMatters"] = "" },
            Page(orgId, 2026) + "?handler=Narrative");
        var current = await supervisor.GetStringAsync("/admin/annual-reports?year=2026");
        Assert.Matches($"data-org=\"{orgId}\">\\s*<td>[^<]+</td>\\s*<td class=\"report-status\">编写中</td>\\s*<td>2027-01-31</td>", current);

        // The organ's own staff see only their organ, and their earlier reports stay listed.
        var own = await editor.GetStringAsync("/admin/annual-reports?year=2025");
        Assert.Contains($"data-org=\"{orgId}\"", own);
        Assert.DoesNotContain($"data-org=\"{government}\"", own);
        Assert.DoesNotContain("/admin/annual-reports/total/", own);
        Assert.Contains($"/admin/annual-reports/{orgId}/2026", own);
    }

    [Fact]
    public async Task The_district_total_sums_every_organs_computed_values_and_adjustments()
    {
        var (first, _) = await OrganWithCasesAsync(seed: 15, count: 70);
        var (second, _) = await OrganWithCasesAsync(seed: 16, count: 90);
        var editor = await factory.StaffClientAsync(Unique("ar-t-"), (second, BusinessRole.Editor));
        await editor.PostFormAsync(Page(second, 2024), new() { ["cell"] = "applications/granted/legal", ["amount"] = "2", ["explanation"] = "线下受理" },
            Page(second, 2024) + "?handler=Adjust");
        var supervisor = await factory.StaffClientAsync(Unique("ar-u-"), (first, BusinessRole.Supervisor));
        var html = await supervisor.GetStringAsync("/admin/annual-reports/total/2024");

        var all = factory.Records.Cases.Values.SelectMany(c => c).ToList();
        var expected = AnnualReportKit.Expect(all, 2024);
        decimal Shown(string cell) => decimal.Parse(Regex.Match(html, $"data-cell=\"{Regex.Escape(cell)}\" title=\"[^\"]*\">([^<]+)</td>").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        var adjustments = 0m;
        await factory.WithDbAsync(async db => adjustments = (await db.Set<AnnualReportAdjustment>().Where(a => a.Year == 2024 && a.TableKey == "applications"
            && a.RowKey == "granted" && a.ColumnKey == "legal").ToListAsync()).Sum(a => a.Amount));
        Assert.Equal(expected[("newReceived", "total")], Shown("applications/newReceived/total"));
        Assert.Equal(expected[("carriedOver", "naturalPerson")], Shown("applications/carriedOver/naturalPerson"));
        Assert.Equal(expected.GetValueOrDefault(("granted", "legal")) + adjustments, Shown("applications/granted/legal"));
        Assert.True(adjustments >= 2);
    }

    [GeneratedRegex("<table ")]
    private static partial Regex TableTag();
}
