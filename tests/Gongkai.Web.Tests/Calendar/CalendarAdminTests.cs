using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Calendar;

public sealed partial class CalendarAdminTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Valid2028 = "2028-01-01,off,元旦\n2028-01-25..2028-01-31,off,春节\n2028-01-22,work,春节调休上班\n";

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/admin/calendar");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Staff_without_the_system_admin_role_cannot_open_the_calendar_admin()
    {
        var client = await factory.StaffClientAsync("cal-staff-" + Guid.NewGuid().ToString("N")[..6]);
        var response = await client.GetAsync("/admin/calendar");
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, response.StatusCode.ToString());
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Admin_sees_the_years_and_a_years_schedule_as_editable_text()
    {
        var client = await factory.SystemAdminClientAsync();
        var doc = new HtmlParser().ParseDocument(await client.GetStringAsync("/admin/calendar?year=2020"));
        Assert.Contains("2026", doc.QuerySelector("table")!.TextContent);
        Assert.Contains("2020-01-24..2020-02-02,off,春节", doc.QuerySelector("textarea#schedule-text")!.TextContent);
    }

    [Fact]
    public async Task Admin_adds_a_new_year_which_deadlines_use_at_once_and_the_save_is_audited()
    {
        var client = await factory.SystemAdminClientAsync();
        var response = await client.PostFormAsync("/admin/calendar?year=2028", new() { ["Text"] = Valid2028 }, "/admin/calendar?handler=Save&year=2028");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var day = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/calendar/days/2028-01-22")).RootElement;
        Assert.True(day.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal("春节调休上班", day.GetProperty("name").GetString());
        await factory.WithDbAsync(async db =>
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == CalendarStore.YearSavedEvent && e.TargetId == "2028" && e.UserName != null)));
    }

    [Fact]
    public async Task Invalid_text_lists_the_bad_lines_in_Chinese_and_changes_nothing()
    {
        var client = await factory.SystemAdminClientAsync();
        var text = ScheduleTextOf2020() + "2020-10-01,work,国庆节调休上班\n2020-02-30,off,坏日期\n";
        var response = await client.PostFormAsync("/admin/calendar?year=2020", new() { ["Text"] = text }, "/admin/calendar?handler=Save&year=2020");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#calendar-errors")!.TextContent;
        Assert.Contains("重叠", errors);
        Assert.Contains("“2020-02-30”无效", errors);

        var day = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/calendar/days/2020-10-01")).RootElement;
        Assert.False(day.GetProperty("isWorkingDay").GetBoolean());
    }

    [Fact]
    public async Task Admin_imports_a_schedule_file()
    {
        var client = await factory.SystemAdminClientAsync();
        var response = await ImportAsync(client, 2029, "2029.txt", Encoding.UTF8.GetBytes("2029-01-01,off,元旦\n2029-02-12..2029-02-18,off,春节\n"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var day = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/calendar/days/2029-02-13")).RootElement;
        Assert.Equal("春节", day.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("overlap.txt", "overlap", "与第1行重叠")]
    [InlineData("huge.txt", "huge", "文件过大")]
    [InlineData("binary.txt", "binary", "不是 UTF-8 编码的文本文件")]
    [InlineData("schedule.exe", "plain", "只能导入 .txt 或 .csv")]
    public async Task A_bad_import_file_is_refused_with_a_Chinese_reason_and_changes_nothing(string fileName, string kind, string message)
    {
        var client = await factory.SystemAdminClientAsync();
        byte[] content = kind switch
        {
            "overlap" => Encoding.UTF8.GetBytes("2030-01-01..2030-01-03,off,元旦\n2030-01-02,off,元旦\n"),
            "huge" => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("# padding line to exceed the limit\n", 4000))),
            "binary" => [0x4D, 0x5A, 0x90, 0x00, 0xFF, 0xFE, 0x00],
            _ => Encoding.UTF8.GetBytes("2030-01-01,off,元旦\n"),
        };
        var response = await ImportAsync(client, 2030, fileName, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        var check = await factory.CreateClient().GetAsync("/api/v1/calendar/days/2030-01-02");
        Assert.Equal(422, (int)check.StatusCode);
    }

    private static string ScheduleTextOf2020() => Gongkai.Domain.Calendar.ScheduleText.Format(Gongkai.Domain.Calendar.WorkingDayCalendar.Official.Schedule(2020)!);

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, int year, string fileName, byte[] content)
    {
        var html = await client.GetStringAsync($"/admin/calendar?year={year}");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync($"/admin/calendar?handler=Import&year={year}", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
