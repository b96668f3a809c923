using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Web.Features.Enforcement;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.AnnualReports;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Tests.Enforcement;

public sealed class EnforcementTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<int> CountAsync(int orgId)
    {
        var count = 0;
        await factory.WithDbAsync(async db => count = await db.Set<EnforcementDecision>().CountAsync(d => d.OrganizationId == orgId));
        return count;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task The_api_answers_the_due_date_across_national_day_and_spring_festival_2020_and_records_late_publication()
    {
        var organ = await factory.EnforcementOrganAsync();
        // 国庆节、中秋节 10-01…10-08, with 10-10 (Saturday) worked: day 7 is 10-14, day 20 is 11-02.
        var licence = await organ.CreateAsync(EnforcementTestKit.Company(organ.Id, "licence", "2020-09-28"));
        Assert.Equal("2020-10-14", licence.GetProperty("publishBy").GetString());
        var explanation = licence.GetProperty("explanation").GetString()!;
        Assert.Contains("7个工作日", explanation);
        Assert.Contains("国庆节", explanation);
        var inspection = await organ.CreateAsync(EnforcementTestKit.Company(organ.Id, "inspection", "2020-09-28"));
        Assert.Equal("2020-11-02", inspection.GetProperty("publishBy").GetString());

        // 春节 01-24…02-02 (extended by the 2020-01-27 notice): day 7 is 02-06, day 20 is 02-25.
        var penalty = await organ.CreateAsync(EnforcementTestKit.Company(organ.Id, "penalty", "2020-01-20"));
        Assert.Equal("2020-02-06", penalty.GetProperty("publishBy").GetString());
        Assert.Contains("春节", penalty.GetProperty("explanation").GetString());
        var levy = await organ.CreateAsync(EnforcementTestKit.Company(organ.Id, "levy", "2020-01-20"));
        Assert.Equal("2020-02-25", levy.GetProperty("publishBy").GetString());

        // Published two working days late (10-15, 10-16; the weekend after does not count).
        var late = await organ.PublishAsync(licence.GetProperty("id").GetInt32(), "2020-10-18");
        Assert.Equal(2, late.GetProperty("lateWorkingDays").GetInt32());
        var onTime = await organ.PublishAsync(penalty.GetProperty("id").GetInt32(), "2020-02-06");
        Assert.Equal(0, onTime.GetProperty("lateWorkingDays").GetInt32());

        // The inspection and levy decisions are overdue: staff see them listed, the public may not ask.
        var overdue = await JsonAsync(await organ.Editor.GetAsync($"/api/v1/enforcement-decisions?organization={organ.Id}&status=overdue"));
        Assert.Equal(2, overdue.GetProperty("total").GetInt32());
        Assert.All(overdue.GetProperty("items").EnumerateArray(), i => Assert.Equal("overdue", i.GetProperty("urgency").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/enforcement-decisions?organization={organ.Id}&status=overdue")).StatusCode);
        var staffPage = await factory.StaffClientAsync(PublicationTestKit.Unique("zf-"), (organ.Id, BusinessRole.Editor));
        var admin = await staffPage.GetStringAsync($"/admin/enforcement?organization={organ.Id}");
        Assert.Contains("逾期", admin);
        Assert.Contains("2020-11-02", admin);

        // The district overview of 2020 (judged on 12-31): the two still unpublished and the one
        // published late, red, with the organ's staff list as evidence.
        var overview = await JsonAsync(await organ.Editor.GetAsync($"/api/v1/compliance?year=2020&organization={organ.Id}"));
        var cell = overview.EnumerateArray().Single().GetProperty("indicators").GetProperty("lateEnforcementDecisions");
        Assert.Equal((3, "behind"), (cell.GetProperty("count").GetInt32(), cell.GetProperty("level").GetString()));
        Assert.Equal("2 项已过公开期限仍未公开；本年 1 项逾期公开", cell.GetProperty("detail").GetString());
        Assert.Equal($"/admin/enforcement?organization={organ.Id}", cell.GetProperty("url").GetString());

        // An editor of another organ can neither enter nor publish this organ's decisions.
        var other = await factory.EnforcementOrganAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Editor.PostAsJsonAsync("/api/v1/enforcement-decisions", EnforcementTestKit.Company(organ.Id, "penalty", "2026-11-20"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Reviewer.PostAsJsonAsync($"/api/v1/enforcement-decisions/{inspection.GetProperty("id").GetInt32()}/publish", new { on = (string?)null })).StatusCode);
    }

    [Fact]
    public async Task A_natural_persons_name_is_masked_and_the_id_number_appears_on_no_public_surface()
    {
        var organ = await factory.EnforcementOrganAsync();
        var marker = SearchTestKit.Marker();
        var name = "张" + marker;
        var body = await organ.CreateAsync(new
        {
            organization = Text(organ.Id),
            category = "penalty",
            documentNumber = EnforcementTestKit.DocumentNumber(),
            party = new { kind = "naturalPerson", name, idNumber = EnforcementTestKit.ValidIdNumber },
            matter = $"{marker}无证占道经营",
            facts = $"经查，{name}（身份证号码{EnforcementTestKit.ValidIdNumber}）于2026年11月在滨江路占道经营。",
            basis = "《城市市容和环境卫生管理条例》第三十六条",
            result = "罚款200元",
            decidedOn = "2026-11-20",
        });
        var id = body.GetProperty("id").GetInt32();
        await organ.PublishAsync(id);
        await factory.IndexedAsync();

        var anonymous = factory.CreateClient();
        var surfaces = new Dictionary<string, string>
        {
            ["page"] = await anonymous.GetStringAsync($"/zfgs/{id}"),
            ["list"] = await anonymous.GetStringAsync($"/zfgs?organization={organ.Id}"),
            ["双公示"] = await anonymous.GetStringAsync($"/zfgs?view=sgs&category=penalty&organization={organ.Id}"),
            ["api"] = await anonymous.GetStringAsync($"/api/v1/enforcement-decisions?organization={organ.Id}"),
            ["search api"] = await anonymous.GetStringAsync("/api/v1/search?" + SearchTestKit.Q(marker)),
            ["search page"] = await anonymous.GetStringAsync("/search?" + SearchTestKit.Q(marker)),
        };
        foreach (var (surface, text) in surfaces)
        {
            Assert.False(text.Contains(name, StringComparison.Ordinal), $"{surface} shows the full name");
            Assert.False(text.Contains(EnforcementTestKit.ValidIdNumber, StringComparison.Ordinal), $"{surface} shows the ID number");
            Assert.False(text.Contains("19491231", StringComparison.Ordinal), $"{surface} shows the birth date in the ID number");
        }

        Assert.Contains("张某某", surfaces["page"]);
        Assert.Contains("张某某", surfaces["双公示"]);
        var found = JsonDocument.Parse(surfaces["search api"]).RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("kind").GetString() == EnforcementSearchSource.SourceKind);
        Assert.Contains("张某某", found.GetProperty("title").GetString());

        // Stored encrypted: the database holds no readable ID number.
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Set<EnforcementDecision>().SingleAsync(d => d.Id == id);
            Assert.NotNull(stored.PartyIdNumberCipher);
            Assert.DoesNotContain("19491231", stored.PartyIdNumberCipher);
        });
    }

    [Fact]
    public async Task A_legal_persons_name_and_credit_code_are_public_and_a_protected_party_is_left_out()
    {
        var organ = await factory.EnforcementOrganAsync();
        var company = EnforcementTestKit.Company(organ.Id, "licence", "2026-11-20");
        var created = await organ.CreateAsync(company);
        await organ.PublishAsync(created.GetProperty("id").GetInt32());
        var code = JsonSerializer.SerializeToElement(company).GetProperty("party").GetProperty("creditCode").GetString()!;
        var dual = await factory.CreateClient().GetStringAsync($"/zfgs?view=sgs&category=licence&organization={organ.Id}");
        Assert.Contains("重庆市江津区某某食品有限公司", dual);
        Assert.Contains(code, dual);
        Assert.Contains("行政相对人代码", dual);

        var minor = await organ.CreateAsync(new
        {
            organization = Text(organ.Id),
            category = "penalty",
            documentNumber = EnforcementTestKit.DocumentNumber(),
            party = new { kind = "naturalPerson", name = "李未成年" },
            matter = "扰乱公共秩序",
            facts = "李未成年在公共场所起哄闹事。",
            basis = "《治安管理处罚法》第二十三条",
            result = "警告",
            decidedOn = "2026-11-20",
            @protected = true,
        });
        await organ.PublishAsync(minor.GetProperty("id").GetInt32());
        var page = await factory.CreateClient().GetStringAsync($"/zfgs/{minor.GetProperty("id").GetInt32()}");
        Assert.DoesNotContain("李", page.Split("<main")[^1].Split("</main>")[0]);
        Assert.Contains("依法不公开当事人信息", page);
    }

    [Fact]
    public async Task A_revoked_decision_leaves_the_public_list_and_keeps_its_withdrawal_record()
    {
        var organ = await factory.EnforcementOrganAsync();
        var created = await organ.CreateAsync(EnforcementTestKit.Company(organ.Id, "penalty", "2026-11-20"));
        var id = created.GetProperty("id").GetInt32();
        await organ.PublishAsync(id);
        var anonymous = factory.CreateClient();
        Assert.Equal(1, (await JsonAsync(await anonymous.GetAsync($"/api/v1/enforcement-decisions?organization={organ.Id}"))).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await organ.Reviewer.PostAsJsonAsync($"/api/v1/enforcement-decisions/{id}/withdraw", new { kind = "revoked", reason = "" })).StatusCode);
        var withdrawn = await organ.Reviewer.PostAsJsonAsync($"/api/v1/enforcement-decisions/{id}/withdraw", new { kind = "revoked", reason = "经江津区人民政府行政复议决定（津府复〔2026〕8号）撤销" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        Assert.Equal(0, (await JsonAsync(await anonymous.GetAsync($"/api/v1/enforcement-decisions?organization={organ.Id}"))).GetProperty("total").GetInt32());
        Assert.DoesNotContain($"/zfgs/{id}\"", await anonymous.GetStringAsync($"/zfgs?organization={organ.Id}"));
        var page = await anonymous.GetStringAsync($"/zfgs/{id}");
        Assert.Contains("撤回", page);
        Assert.Contains("津府复〔2026〕8号", page);
        Assert.DoesNotContain("罚款5000元", page);
        Assert.Equal(1, await CountAsync(organ.Id));
        var staff = await JsonAsync(await organ.Editor.GetAsync($"/api/v1/enforcement-decisions?organization={organ.Id}"));
        var record = staff.GetProperty("items")[0];
        Assert.Equal("withdrawn", record.GetProperty("status").GetString());
        Assert.Contains("津府复〔2026〕8号", record.GetProperty("withdrawalReason").GetString());
        await factory.WithDbAsync(async db => Assert.True(await db.Set<Gongkai.Web.Features.Audit.AuditEntry>()
            .AnyAsync(a => a.EventType == "enforcement.withdrawn" && a.TargetId == Text(id))));
    }

    [Fact]
    public async Task A_simple_procedure_penalty_leaves_public_view_after_three_months()
    {
        var organ = await factory.EnforcementOrganAsync();
        var old = await organ.CreateAsync(new
        {
            organization = Text(organ.Id),
            category = "penalty",
            documentNumber = EnforcementTestKit.DocumentNumber(),
            party = new { kind = "legalPerson", name = "重庆某某商贸有限公司", creditCode = EnforcementTestKit.CreditCodeFor(42) },
            matter = "未按规定明码标价",
            facts = "当事人销售商品未明码标价。",
            basis = "《价格法》第四十二条",
            result = "警告",
            decidedOn = "2026-05-20",
            simpleProcedure = true,
        });
        // Published 2026-05-22: in view to 2026-08-21, so gone on the test day (2026-11-27).
        var published = await organ.PublishAsync(old.GetProperty("id").GetInt32(), "2026-05-22");
        Assert.Equal("2026-08-21", published.GetProperty("publicUntil").GetString());
        Assert.Equal(0, (await JsonAsync(await factory.CreateClient().GetAsync($"/api/v1/enforcement-decisions?organization={organ.Id}"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/zfgs/{old.GetProperty("id").GetInt32()}")).StatusCode);
    }

    [Fact]
    public async Task Table_two_licence_penalty_and_coercion_counts_equal_the_decisions_of_that_year()
    {
        var organ = await factory.EnforcementOrganAsync();
        foreach (var (category, on) in new[]
        {
            ("licence", "2025-03-02"), ("licence", "2025-07-15"), ("licence", "2025-12-31"), ("licence", "2024-12-31"),
            ("penalty", "2025-01-01"), ("penalty", "2025-06-30"), ("coercion", "2025-09-09"), ("inspection", "2025-09-09"),
        })
        {
            await organ.CreateAsync(EnforcementTestKit.Company(organ.Id, category, on));
        }

        // A penalty withdrawn as changed is counted once, as its changed decision.
        var changed = await organ.CreateAsync(EnforcementTestKit.Company(organ.Id, "penalty", "2025-05-05"));
        await organ.PublishAsync(changed.GetProperty("id").GetInt32(), "2025-05-08");
        Assert.Equal(HttpStatusCode.OK, (await organ.Reviewer.PostAsJsonAsync($"/api/v1/enforcement-decisions/{changed.GetProperty("id").GetInt32()}/withdraw", new { kind = "changed", reason = "变更为津执罚〔2025〕9号" })).StatusCode);
        await organ.CreateAsync(EnforcementTestKit.Company(organ.Id, "penalty", "2025-05-20"));

        var api = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        var report = await JsonAsync(await api.GetAsync($"/api/v1/annual-reports/{organ.Id}/2025"));
        var licence = AnnualReportKit.Cells(report, "proactive.item5")[("licence", "decisions")];
        var six = AnnualReportKit.Cells(report, "proactive.item6");
        Assert.Equal(3m, licence.GetProperty("computed").GetDecimal());
        Assert.Equal("行政执法决定公示记录", licence.GetProperty("source").GetString());
        Assert.Equal(3m, six[("penalty", "decisions")].GetProperty("computed").GetDecimal());
        Assert.Equal(1m, six[("coercion", "decisions")].GetProperty("computed").GetDecimal());

        var data = await factory.CreateClient().GetStringAsync("/zfgs/data?year=2025");
        Assert.Contains("2025年度行政执法数据", data);
    }

    [Fact]
    public async Task Bad_input_gets_a_chinese_message_naming_the_field_or_row_and_nothing_is_saved()
    {
        var organ = await factory.EnforcementOrganAsync();
        var future = await organ.Editor.PostAsJsonAsync("/api/v1/enforcement-decisions", EnforcementTestKit.Company(organ.Id, "penalty", "2026-12-01"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Contains("决定日期不能在将来", (await JsonAsync(future)).GetProperty("detail").GetString());

        var code = EnforcementTestKit.CreditCodeFor(7);
        var wrongCode = code[..17] + (code[17] == 'A' ? 'B' : 'A');
        var idWrong = EnforcementTestKit.ValidIdNumber[..17] + "0";
        var header = new[] { "序号", "执法类别", "决定文书号", "当事人类型", "当事人名称", "统一社会信用代码", "身份证号码", "事项名称", "违法事实", "处罚依据", "处罚结果", "决定日期" };
        string[] Row(int n, string category, string kind, string name, string? credit, string? id) =>
            [Text(n), category, $"津执罚〔2026〕{Guid.NewGuid().ToString("N")[..6]}号", kind, name, credit ?? "", id ?? "", "销售过期食品", "销售超过保质期的食品", "《食品安全法》第一百二十四条", "罚款5000元", "2026-11-20"];
        var rows = new List<string[]>
        {
            Row(1, "行政处罚", "法人", "重庆某某食品有限公司", code, null),
            Row(2, "行政处分", "法人", "重庆某某超市有限公司", EnforcementTestKit.CreditCodeFor(8), null),
            Row(3, "行政处罚", "法人", "重庆某某餐饮有限公司", wrongCode, null),
            Row(4, "行政处罚", "自然人", "王五", null, idWrong),
        };
        var file = Workbook(header, rows);
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", "执法决定.xlsx");
        var response = await organ.Editor.PostAsync($"/api/v1/enforcement-decisions/import?organization={organ.Id}", content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)).ToList();
        // Title row 1, blank row 2, header row 3: the decisions are on rows 4 to 7 as Excel shows them.
        Assert.Contains(errors, e => e.StartsWith("第 5 行“执法类别”列", StringComparison.Ordinal) && e.Contains("行政处分", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第 6 行“统一社会信用代码”列", StringComparison.Ordinal) && e.Contains("校验位不正确", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第 7 行“身份证号码”列", StringComparison.Ordinal) && e.Contains("校验位不正确", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(organ.Id));

        // The same file without the bad rows is saved whole.
        var good = Workbook(header, rows.Take(1).ToList());
        var ok = new MultipartFormDataContent();
        var okPart = new ByteArrayContent(good);
        okPart.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        ok.Add(okPart, "file", "执法决定.xlsx");
        Assert.Equal(HttpStatusCode.OK, (await organ.Editor.PostAsync($"/api/v1/enforcement-decisions/import?organization={organ.Id}", ok)).StatusCode);
        Assert.Equal(1, await CountAsync(organ.Id));
    }

    /// <summary>An .xlsx as organs keep it: a title row, a blank row, then the header and the decisions.</summary>
    private static byte[] Workbook(string[] header, List<string[]> rows)
    {
        Dictionary<string, object?> Cells(params string?[] cells)
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < header.Length; i++)
            {
                row[((char)('A' + i)).ToString()] = i < cells.Length ? cells[i] : null;
            }

            return row;
        }

        var sheet = new List<Dictionary<string, object?>> { Cells("某某局2026年行政处罚决定"), Cells(), Cells(header) };
        sheet.AddRange(rows.Select(r => Cells(r)));
        using var output = new MemoryStream();
        output.SaveAs(sheet, printHeader: false, excelType: ExcelType.XLSX);
        return output.ToArray();
    }
}
