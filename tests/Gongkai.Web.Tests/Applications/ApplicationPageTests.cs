using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Applications;

public sealed partial class ApplicationPageTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static Dictionary<string, string> Form(int organizationId, string idNumber, string description) => new()
    {
        ["Input.Organization"] = organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ApplicantType"] = "naturalPerson",
        ["Input.ApplicantName"] = "李四",
        ["Input.IdNumber"] = idNumber,
        ["Input.Phone"] = "13900001111",
        ["Input.Description"] = description,
        ["Input.FormWanted"] = "electronic",
        ["Input.Delivery"] = "email",
        ["Input.Email"] = "lisi@example.com",
        ["Input.FormToken"] = Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public async Task Public_form_gives_a_code_and_password_that_open_the_status_page_and_nothing_else_does()
    {
        var organ = await factory.NewOrganAsync();
        var client = factory.CreateClient();
        var form = await client.GetStringAsync("/yisqgk/apply");
        Assert.Contains("信访、投诉、举报", form);
        Assert.Contains("个人信息保护法》第三十五条", form);
        Assert.Contains(organ.Name, form);

        var response = await client.PostFormAsync("/yisqgk/apply", Form(organ.Id, ValidIdNumber(), "请公开本机关2026年部门预算。"));
        var html = await response.Content.ReadAsStringAsync();
        var code = CodePattern().Match(html).Groups[1].Value;
        var password = PasswordPattern().Match(html).Groups[1].Value;
        Assert.StartsWith("YS", code);
        Assert.Equal(8, password.Length);

        var status = await (await client.PostFormAsync("/yisqgk/status", new() { ["Code"] = code, ["Password"] = password })).Content.ReadAsStringAsync();
        Assert.Contains("待确认收到", status);
        Assert.Contains(organ.Name, status);

        var wrong = await (await client.PostFormAsync("/yisqgk/status", new() { ["Code"] = code, ["Password"] = password + "x" })).Content.ReadAsStringAsync();
        Assert.Contains("查询码或查询密码不正确", wrong);
        Assert.DoesNotContain(organ.Name, wrong);
    }

    [Fact]
    public async Task Public_form_refuses_a_wrong_check_digit_and_saves_nothing()
    {
        var organ = await factory.NewOrganAsync();
        var response = await factory.CreateClient().PostFormAsync("/yisqgk/apply", Form(organ.Id, WrongCheckDigit(ValidIdNumber()), "请公开某文件。"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("身份证号码校验位不正确", html);
        await factory.WithDbAsync(async db => Assert.False(await db.Set<DisclosureApplication>().AnyAsync(a => a.OrganizationId == organ.Id)));
    }

    [Fact]
    public async Task Queue_highlights_overdue_and_due_soon_cases_and_hides_other_organs_cases()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var overdue = await RegisterAsync(api, organ.Id, "2026-10-20"); // due 2026-11-17
        var soon = await RegisterAsync(api, organ.Id, "2026-11-02"); // due 2026-11-30, within 5 working days of 11-27
        var later = await RegisterAsync(api, organ.Id, "2026-11-20"); // due 2026-12-18

        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("cq-"), (organ.Id, BusinessRole.CaseHandler));
        var queue = await handler.GetStringAsync("/admin/applications");
        Assert.Matches(RowPattern(overdue, "case-overdue"), queue);
        Assert.Matches(RowPattern(soon, "case-due-soon"), queue);
        Assert.Matches(RowPattern(later, ""), queue);
        Assert.True(queue.IndexOf($"/admin/applications/{overdue}\"", StringComparison.Ordinal) < queue.IndexOf($"/admin/applications/{later}\"", StringComparison.Ordinal));

        var other = await factory.NewOrganAsync();
        var otherClerk = await factory.StaffClientAsync(PublicationTestKit.Unique("cq-"), (other.Id, BusinessRole.CaseHandler));
        Assert.DoesNotContain($"/admin/applications/{overdue}\"", await otherClerk.GetStringAsync("/admin/applications"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherClerk.GetAsync($"/admin/applications/{overdue}")).StatusCode);

        var supervisor = await factory.StaffClientAsync(PublicationTestKit.Unique("sv-"), (other.Id, BusinessRole.Supervisor));
        Assert.Contains($"/admin/applications/{overdue}\"", await supervisor.GetStringAsync("/admin/applications?scope=district"));
    }

    [Fact]
    public async Task Queue_pages_on_past_fifty_cases_and_page_two_shows_the_rest()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var ids = new List<int>();
        for (var i = 0; i < ApplicationQueue.PageSize + 1; i++)
        {
            ids.Add(await RegisterAsync(api, organ.Id, "2026-11-02"));
        }

        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("qp-"), (organ.Id, BusinessRole.CaseHandler));
        var first = await handler.GetStringAsync("/admin/applications");
        var second = await handler.GetStringAsync("/admin/applications?page=2");
        bool Lists(string html, int id) => html.Contains($"/admin/applications/{id}\"", StringComparison.Ordinal);

        Assert.Contains("下一页", first);
        Assert.Equal(ApplicationQueue.PageSize, ids.Count(id => Lists(first, id)));
        Assert.Single(ids, id => Lists(second, id));
        Assert.DoesNotContain(ids, id => Lists(first, id) && Lists(second, id));
    }

    [Fact]
    public async Task Case_page_explains_the_due_date_and_records_an_event()
    {
        var organ = await factory.NewOrganAsync();
        var api = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(api, organ.Id, "2026-11-02");
        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("cp-"), (organ.Id, BusinessRole.CaseHandler));

        var page = await handler.GetStringAsync($"/admin/applications/{id}");
        Assert.Contains("答复期限届满日：2026年11月30日", page);
        Assert.Contains("13812345678", page);

        var response = await handler.PostFormAsync($"/admin/applications/{id}", new()
        {
            ["Event.Type"] = "extensionApproved",
            ["Event.On"] = "2026-11-26",
            ["Event.WorkingDays"] = "10",
            ["Event.Approver"] = "赵主任",
        }, $"/admin/applications/{id}?handler=Event");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await handler.GetStringAsync($"/admin/applications/{id}");
        Assert.Contains("答复期限届满日：2026年12月14日", page);
        Assert.Contains("赵主任", page);

        var refused = await (await handler.PostFormAsync($"/admin/applications/{id}", new()
        {
            ["Event.Type"] = "extensionApproved",
            ["Event.On"] = "2026-11-27",
            ["Event.WorkingDays"] = "5",
            ["Event.Approver"] = "赵主任",
        }, $"/admin/applications/{id}?handler=Event")).Content.ReadAsStringAsync();
        Assert.Contains("只能延长一次", refused);
    }

    private static Regex RowPattern(int id, string cssClass) =>
        new($"<tr class=\"{cssClass}\">\\s*<td><a href=\"/admin/applications/{id}\"");

    [GeneratedRegex("id=\"tracking-code\">([A-Z0-9]+)<")]
    private static partial Regex CodePattern();

    [GeneratedRegex("id=\"query-password\">([a-z0-9]+)<")]
    private static partial Regex PasswordPattern();
}
