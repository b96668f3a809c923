using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.ServiceCases;
using Gongkai.Web.Tests.Compliance;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.ServiceCases;

/// <summary>This class's own host: its tests make more look-ups in a minute than the public limit
/// allows one client, which is tested separately on a host with a low limit.</summary>
public sealed class ServiceCaseFactory : GongkaiFactory
{
    public ServiceCaseFactory() => With("Gongkai:Security:StatusLookupsPerMinutePerClient", "1000");
}

public sealed class ServiceCaseTests(ServiceCaseFactory factory) : IClassFixture<ServiceCaseFactory>
{
    private const string Applicant = "欧阳明远";
    private const string Phone = "13912345678";
    private const string IdNumber = "11010519491231002X";

    private static string Number() => "BJ" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private async Task<(int OrganId, string OrganName, HttpClient Editor)> OrganAsync()
    {
        var id = await factory.PortalOrganAsync();
        var name = "";
        await factory.WithDbAsync(async db => name = await db.Set<Organization>().Where(o => o.Id == id).Select(o => o.Name).SingleAsync());
        var user = "sc-ed-" + Guid.NewGuid().ToString("N")[..6];
        await factory.CreateStaffAsync(user, [(id, BusinessRole.Editor)]);
        return (id, name, factory.ApiClient(await factory.ApiTokenAsync(user)));
    }

    private static object Case(string number, string organ, string item = "SX001", string accepted = "2026-11-02", string promised = "2026-11-10",
        string? finished = null, string? phone = Phone, string? idNumber = IdNumber) => new
        {
            number,
            itemCode = item,
            itemName = "食品经营许可" + item,
            organization = organ,
            applicant = Applicant,
            phone,
            idNumber,
            acceptedOn = accepted,
            currentStep = finished is null ? "审查" : "办结",
            steps = new[] { new { name = "受理", on = accepted }, new { name = "审查", on = "2026-11-04" } },
            promisedOn = promised,
            finishedOn = finished,
            result = finished is null ? null : "准予许可",
        };

    private static async Task PushAsync(HttpClient editor, params object[] cases)
    {
        var response = await editor.PostAsJsonAsync("/api/v1/service-cases", cases);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> LookupAsync(string number, string check) =>
        factory.CreateClient().GetAsync($"/api/v1/service-cases/lookup?number={Uri.EscapeDataString(number)}&check={check}");

    [Fact]
    public async Task A_case_is_found_with_the_last_four_of_the_phone_or_ID_and_wrong_digits_answer_as_an_unknown_number()
    {
        var (_, organ, editor) = await OrganAsync();
        var number = Number();
        await PushAsync(editor, Case(number, organ));

        var byPhone = await LookupAsync(number, "5678");
        var body = await byPhone.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, byPhone.StatusCode);
        Assert.Equal("审查", body.GetProperty("currentStep").GetString());
        Assert.Equal(["受理", "审查"], body.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray());
        Assert.Equal("2026-11-04", body.GetProperty("steps")[1].GetProperty("on").GetString());
        // Typed in lower case with the number in lower case too: the ID's last four end in X.
        Assert.Equal(HttpStatusCode.OK, (await LookupAsync(number.ToLowerInvariant(), "002x")).StatusCode);

        var wrongDigits = await LookupAsync(number, "1234");
        var unknown = await LookupAsync(Number(), "5678");
        Assert.Equal(HttpStatusCode.NotFound, wrongDigits.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // The same problem (only the trace id differs).
        static async Task<string> Detail(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Equal(ServiceCaseTexts.NotFound, await Detail(wrongDigits));
        Assert.Equal(ServiceCaseTexts.NotFound, await Detail(unknown));

        // The page: posted, the same steps; wrong digits and an unknown number read the same.
        var page = await factory.CreateClient().PostFormAsync("/bjjd", new() { ["Number"] = number, ["Check"] = "5678" });
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"case-steps\"", html, StringComparison.Ordinal);
        Assert.Contains("2026-11-04　审查", html, StringComparison.Ordinal);
        var wrongPage = await (await factory.CreateClient().PostFormAsync("/bjjd", new() { ["Number"] = number, ["Check"] = "0000" })).Content.ReadAsStringAsync();
        var unknownPage = await (await factory.CreateClient().PostFormAsync("/bjjd", new() { ["Number"] = Number(), ["Check"] = "5678" })).Content.ReadAsStringAsync();
        Assert.Contains(ServiceCaseTexts.NotFound, wrongPage, StringComparison.Ordinal);
        Assert.Contains(ServiceCaseTexts.NotFound, unknownPage, StringComparison.Ordinal);
        Assert.DoesNotContain("case-result", wrongPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_applicants_name_phone_and_ID_are_on_no_public_page_or_API_answer_and_not_stored_in_clear()
    {
        var (_, organ, editor) = await OrganAsync();
        var number = Number();
        await PushAsync(editor, Case(number, organ, finished: "2026-11-06"));

        var api = await (await LookupAsync(number, "5678")).Content.ReadAsStringAsync();
        var page = await (await factory.CreateClient().PostFormAsync("/bjjd", new() { ["Number"] = number, ["Check"] = "5678" })).Content.ReadAsStringAsync();
        var stats = await factory.CreateClient().GetStringAsync("/api/v1/service-cases/statistics");
        var statsPage = await factory.CreateClient().GetStringAsync("/bjjd");
        foreach (var text in new[] { api, page, stats, statsPage })
        {
            Assert.DoesNotContain(Applicant, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
            Assert.DoesNotContain(IdNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(Applicant), text, StringComparison.Ordinal);
        }

        Assert.Contains("欧***", page, StringComparison.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Set<ServiceCase>().AsNoTracking().SingleAsync(c => c.Number == number);
            Assert.DoesNotContain(Applicant, stored.ApplicantCipher!, StringComparison.Ordinal);
            Assert.DoesNotContain("5678", stored.PhoneCheck!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Statistics_per_organ_and_item_equal_the_cases()
    {
        var (organId, organ, editor) = await OrganAsync();
        // Today in the tests is 2026-11-27.
        await PushAsync(editor,
            Case(Number(), organ, "A", accepted: "2026-11-02", promised: "2026-11-10", finished: "2026-11-06"), // on time, 4 days
            Case(Number(), organ, "A", accepted: "2026-11-03", promised: "2026-11-10", finished: "2026-11-10"), // on time (the promised day), 7 days
            Case(Number(), organ, "A", accepted: "2026-11-01", promised: "2026-11-05", finished: "2026-11-11"), // overdue, 10 days
            Case(Number(), organ, "A", accepted: "2026-11-02", promised: "2026-11-20"),                        // open, past its day
            Case(Number(), organ, "B", accepted: "2026-11-20", promised: "2026-12-10"),                        // open
            Case(Number(), organ, "B", accepted: "2025-12-20", promised: "2026-01-10", finished: "2026-01-05")); // accepted last year

        var stats = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/service-cases/statistics?year=2026&organization={organId}");
        var items = stats.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("itemCode").GetString()!);
        Assert.Equal(2, items.Count);
        var a = items["A"];
        Assert.Equal(4, a.GetProperty("total").GetInt32());
        Assert.Equal(2, a.GetProperty("onTime").GetInt32());
        Assert.Equal(1, a.GetProperty("overdue").GetInt32());
        Assert.Equal(1, a.GetProperty("open").GetInt32());
        Assert.Equal(1, a.GetProperty("openOverdue").GetInt32());
        Assert.Equal(7.0, a.GetProperty("averageDays").GetDouble());
        var b = items["B"];
        Assert.Equal(1, b.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, b.GetProperty("averageDays").ValueKind);

        var page = await factory.CreateClient().GetStringAsync("/bjjd");
        Assert.Matches($"{organ}</td><td>食品经营许可A（A）</td><td>4</td><td class=\"on-time\">2</td><td class=\"overdue\">1</td>", page);

        // Pushing a case again updates it (by 办件编号) instead of adding one.
        var number = Number();
        await PushAsync(editor, Case(number, organ, "C", promised: "2026-11-30"));
        await PushAsync(editor, Case(number, organ, "C", promised: "2026-11-30", finished: "2026-11-25"));
        var c = (await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/service-cases/statistics?organization={organId}"))
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemCode").GetString() == "C");
        Assert.Equal(1, c.GetProperty("total").GetInt32());
        Assert.Equal(1, c.GetProperty("onTime").GetInt32());
        await factory.WithDbAsync(async db =>
            Assert.Equal(2, await db.Set<ServiceCaseStep>().CountAsync(s => db.Set<ServiceCase>().Any(x => x.Id == s.CaseId && x.Number == number))));
    }

    [Fact]
    public async Task The_overview_counts_the_organs_cases_that_missed_their_promised_day()
    {
        var (organId, organ, editor) = await OrganAsync();
        // Today in the tests is 2026-11-27.
        await PushAsync(editor,
            Case(Number(), organ, "L", accepted: "2026-11-01", promised: "2026-11-05", finished: "2026-11-11"), // finished after its day
            Case(Number(), organ, "L", accepted: "2026-11-02", promised: "2026-11-20"),                        // open past its day
            Case(Number(), organ, "L", accepted: "2026-11-02", promised: "2026-11-10", finished: "2026-11-10"), // finished on its day
            Case(Number(), organ, "L", accepted: "2026-11-20", promised: "2026-12-10"));                       // not yet due

        var rows = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/compliance?year=2026&organization={organId}");
        var late = ComplianceTestKit.Row(rows, organId).GetProperty("indicators").GetProperty("lateServiceCases");
        Assert.Equal(2, late.GetProperty("count").GetInt32());
        Assert.NotEqual("ok", late.GetProperty("level").GetString());
        Assert.Equal("/admin/service-cases", late.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_push_with_one_bad_record_or_for_another_organ_saves_nothing_and_names_the_record()
    {
        var (_, organ, editor) = await OrganAsync();
        var (_, other, _) = await OrganAsync();
        var good = Number();
        var response = await editor.PostAsJsonAsync("/api/v1/service-cases", new[]
        {
            Case(good, organ),
            Case(Number(), organ, phone: null, idNumber: null),
            Case(Number(), other),
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var messages = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("第 2 条", StringComparison.Ordinal) && m.Contains("联系电话", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("第 3 条", StringComparison.Ordinal) && m.Contains(other, StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.StartsWith("第 1 条", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await LookupAsync(good, "5678")).StatusCode);

        // Anonymous pushes are refused.
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/v1/service-cases", new[] { Case(Number(), organ) })).StatusCode);
    }

    [Fact]
    public async Task A_sheet_with_a_bad_row_is_refused_with_the_row_named_and_a_good_sheet_is_imported()
    {
        var id = await factory.PortalOrganAsync();
        var name = "";
        await factory.WithDbAsync(async db => name = await db.Set<Organization>().Where(o => o.Id == id).Select(o => o.Name).SingleAsync());
        var staff = await factory.StaffClientAsync("sc-imp-" + Guid.NewGuid().ToString("N")[..6], (id, BusinessRole.Editor));
        var (n1, n2, n3) = (Number(), Number(), Number());
        string Sheet(string secondDate) =>
            "某区政务服务办件导出\r\n" +
            "办件编号,事项编码,事项名称,办理机关,申请人,联系电话,受理日期,当前环节,办理环节记录,承诺办结日期,办结日期,办理结果\r\n" +
            $"{n1},SX9,个体工商户登记,{name},张三,13800001111,2026-11-02,办结,受理 2026-11-02；核准 2026-11-03,2026-11-05,2026-11-03,准予登记\r\n" +
            $"{n2},SX9,个体工商户登记,{name},李四,13800002222,{secondDate},受理,受理 2026-11-20,2026-11-25,,\r\n" +
            $"{n3},SX9,个体工商户登记,{name},,13800003333,2026-11-21,受理,,2026-11-26,,\r\n";

        var refused = await UploadAsync(staff, Sheet("2026-13-45"));
        Assert.Contains("第 4 行：受理日期“2026-13-45”不是有效日期", refused, StringComparison.Ordinal);
        Assert.Contains("第 5 行：申请人不能为空。", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("第 3 行", refused, StringComparison.Ordinal);
        await factory.WithDbAsync(async db => Assert.False(await db.Set<ServiceCase>().AnyAsync(c => c.Number == n1 || c.Number == n2)));

        var fixedSheet = Sheet("2026-11-20").Replace($",{name},,13800003333", $",{name},王五,13800003333", StringComparison.Ordinal);
        var imported = await UploadAsync(staff, fixedSheet);
        Assert.Contains("已导入 3 件：新增 3 件", imported, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await LookupAsync(n1, "1111")).StatusCode);
        var steps = (await (await LookupAsync(n1, "1111")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("steps");
        Assert.Equal("核准", steps[1].GetProperty("name").GetString());
    }

    private static async Task<string> UploadAsync(HttpClient staff, string csv)
    {
        var html = await staff.GetStringAsync("/admin/service-cases");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "办件.csv" },
        };
        var response = await staff.PostAsync("/admin/service-cases", content);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return await staff.GetStringAsync(response.Headers.Location!.OriginalString);
        }

        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class ServiceCaseRateLimitTests
{
    [Fact]
    public async Task Look_ups_are_rate_limited_per_client_by_API_and_by_page()
    {
        using var factory = new GongkaiFactory().With("Gongkai:Security:StatusLookupsPerMinutePerClient", "3");
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/service-cases/lookup?number=BJ{i:D6}&check=1234")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/v1/service-cases/lookup?number=BJ999999&check=1234")).StatusCode);
        // Reading the form stays free; posting a look-up from the same client is limited too.
        var form = await client.GetAsync("/bjjd");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostFormAsync("/bjjd", new() { ["Number"] = "BJ1", ["Check"] = "1234" })).StatusCode);
    }
}
