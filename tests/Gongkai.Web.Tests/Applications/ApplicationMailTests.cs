using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Applications;

/// <summary>Mail over a real SMTP connection: the applicant's receipt, the case handlers' daily
/// reminders, and that a dead mail server loses nothing.</summary>
public sealed class ApplicationMailTests(MailFactory factory) : IClassFixture<MailFactory>
{
    [Fact]
    public async Task Online_applicant_with_an_email_is_mailed_the_tracking_code_and_query_password()
    {
        var organ = await factory.NewOrganAsync();
        var address = Unique() + "@example.com";
        var body = Body(organ.Id);
        body["email"] = address;

        var json = await ExpectAsync(HttpStatusCode.Created, factory.CreateClient().PostAsJsonAsync("/api/v1/applications", body));

        Assert.True(json.GetProperty("mailed").GetBoolean());
        var mail = Assert.Single(factory.ReceivedBy(address));
        var text = mail.TextBody!;
        Assert.Contains(json.GetProperty("trackingCode").GetString()!, mail.Subject);
        Assert.Contains("查询码：" + json.GetProperty("trackingCode").GetString(), text);
        Assert.Contains("查询密码：" + json.GetProperty("queryPassword").GetString(), text);
        Assert.Contains(organ.Name, text);
        // The receipt is about the case: no identity number or phone in it.
        Assert.DoesNotContain((string)body["idNumber"]!, text);
        Assert.DoesNotContain("13812345678", text);
    }

    [Fact]
    public async Task Online_form_says_the_receipt_was_mailed()
    {
        var organ = await factory.NewOrganAsync();
        var address = Unique() + "@example.com";
        var client = factory.CreateClient();
        var response = await client.PostFormAsync("/yisqgk/apply", new Dictionary<string, string>
        {
            ["Input.Organization"] = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ApplicantType"] = "naturalPerson",
            ["Input.ApplicantName"] = "李四",
            ["Input.IdNumber"] = ValidIdNumber(),
            ["Input.Email"] = address,
            ["Input.Description"] = "请公开本机关2026年政府采购项目清单。",
            ["Input.FormToken"] = Guid.NewGuid().ToString("N"),
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("id=\"receipt-mailed\"", page);
        var mail = Assert.Single(factory.ReceivedBy(address));
        Assert.Contains(mail.TextBody!.Split('\n').First(l => l.StartsWith("查询密码：", StringComparison.Ordinal)).Trim(), page.Replace("查询密码：<strong id=\"query-password\">", "查询密码：", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_mail_is_sent_when_the_applicant_gives_no_email()
    {
        var organ = await factory.NewOrganAsync();
        var body = Body(organ.Id);
        body.Remove("email");
        var before = factory.Smtp.ReceivedEmailCount;

        var json = await ExpectAsync(HttpStatusCode.Created, factory.CreateClient().PostAsJsonAsync("/api/v1/applications", body));

        Assert.False(json.GetProperty("mailed").GetBoolean());
        Assert.Equal(before, factory.Smtp.ReceivedEmailCount);
    }

    [Fact]
    public async Task Case_handlers_are_reminded_once_a_day_of_cases_overdue_or_due_within_five_working_days()
    {
        var organ = await factory.NewOrganAsync();
        var (handler, address) = await HandlerWithEmailAsync(organ.Id);
        var overdue = await RegisterAsync(handler, organ.Id, receivedOn: "2026-10-09");
        var dueSoon = await RegisterAsync(handler, organ.Id, receivedOn: "2026-11-02");
        var notYet = await RegisterAsync(handler, organ.Id, receivedOn: "2026-11-26");
        var other = await factory.NewOrganAsync();
        var (otherHandler, otherAddress) = await HandlerWithEmailAsync(other.Id);
        var othersCase = await RegisterAsync(otherHandler, other.Id, receivedOn: "2026-10-09");

        await RunRemindersAsync();
        await RunRemindersAsync();

        var mail = Assert.Single(factory.ReceivedBy(address));
        var text = mail.TextBody!;
        Assert.Contains("[已超期] " + await CodeAsync(overdue), text);
        Assert.Contains("[即将到期] " + await CodeAsync(dueSoon), text);
        Assert.DoesNotContain(await CodeAsync(notYet), text);
        Assert.DoesNotContain(await CodeAsync(othersCase), text);
        Assert.Contains("1件已超期", mail.Subject);
        Assert.Contains(await CodeAsync(othersCase), Assert.Single(factory.ReceivedBy(otherAddress)).TextBody);

        // Each send is recorded per case and handler for the day.
        await factory.WithDbAsync(async db =>
        {
            var kinds = await db.Set<ApplicationReminder>().Where(r => r.ApplicationId == overdue || r.ApplicationId == dueSoon)
                .OrderBy(r => r.ApplicationId).Select(r => r.Kind).ToListAsync();
            Assert.Equal(["overdue", "dueSoon"], kinds);
        });

        // The next day brings the next reminder (the clock cannot go back; the other tests of this
        // class do not depend on the date). The hourly job may send it first: either way, one.
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await RunRemindersAsync();
        for (var i = 0; i < 50 && factory.ReceivedBy(address).Count < 2; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(2, factory.ReceivedBy(address).Count);
    }

    [Fact]
    public async Task A_dead_mail_server_does_not_break_or_lose_a_submission()
    {
        using var dead = new GongkaiFactory()
            .With("Gongkai:Smtp:Host", "127.0.0.1")
            .With("Gongkai:Smtp:Port", MailFactory.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Gongkai:Smtp:UseTls", "false");
        var organ = await dead.NewOrganAsync();

        var json = await ExpectAsync(HttpStatusCode.Created, dead.CreateClient().PostAsJsonAsync("/api/v1/applications", Body(organ.Id)));

        Assert.False(json.GetProperty("mailed").GetBoolean());
        var id = json.GetProperty("id").GetInt32();
        await dead.WithDbAsync(async db => Assert.True(await db.Set<DisclosureApplication>().AnyAsync(a => a.Id == id)));

        // A reminder that cannot be sent is not recorded as sent, so the next run tries again.
        var handler = await dead.ApiStaffAsync((organ.Id, BusinessRole.CaseHandler));
        await RegisterAsync(handler, organ.Id, receivedOn: "2026-10-09");
        await dead.WithDbAsync(async db =>
        {
            foreach (var user in await db.Set<StaffUser>().Where(u => u.Email == null).ToListAsync())
            {
                user.Email = Unique() + "@example.com";
            }

            await db.SaveChangesAsync();
        });
        await using var scope = dead.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ApplicationReminders>().SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<ApplicationReminder>().CountAsync());
    }

    /// <summary>A case handler who has entered a work address on their own account page, as a
    /// person does (the reminders go to that address).</summary>
    private async Task<(HttpClient Client, string Address)> HandlerWithEmailAsync(int organizationId)
    {
        var userName = Unique();
        var address = userName + "@jiangjin.example";
        var browser = await factory.StaffClientAsync(userName, (organizationId, BusinessRole.CaseHandler));
        await browser.PostFormAsync("/account/security", new() { ["Email"] = address }, "/account/security?handler=Email");
        return (factory.ApiClient(await factory.ApiTokenAsync(userName)), address);
    }

    private async Task RunRemindersAsync()
    {
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<ApplicationReminders>().SendDueAsync(CancellationToken.None);
    }

    private async Task<string> CodeAsync(int id)
    {
        var code = "";
        await factory.WithDbAsync(async db => code = await db.Set<DisclosureApplication>().Where(a => a.Id == id).Select(a => a.TrackingCode).SingleAsync());
        return code;
    }

    private static string Unique() => "m" + Guid.NewGuid().ToString("N")[..12];
}
