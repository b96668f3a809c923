using System.Globalization;
using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Mailbox;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;
using static Gongkai.Web.Tests.Mailbox.MailboxTestKit;

namespace Gongkai.Web.Tests.Mailbox;

/// <summary>The application on Monday 2026-11-30, 10:00 China time, mailing through a real SMTP
/// server on loopback: "tomorrow" is a working day.</summary>
public sealed class LetterMailFactory : MailFactory
{
    public LetterMailFactory() => Clock.Advance(TimeSpan.FromDays(3));
}

/// <summary>Due-soon and overdue reminders of mailbox letters, over a real SMTP connection.</summary>
public sealed class LetterReminderTests(LetterMailFactory factory) : IClassFixture<LetterMailFactory>
{
    [Fact]
    public async Task A_letter_due_tomorrow_is_mailed_once_to_the_handler_of_the_organ_it_was_routed_to_only()
    {
        var (officeApi, officeAddress) = await OfficeHandlerAsync();
        var organ = await factory.NewOrganAsync();
        var (handler, address) = await HandlerWithEmailAsync(organ.Id);
        var other = await factory.NewOrganAsync();
        var (_, otherAddress) = await HandlerWithEmailAsync(other.Id);
        // Received Tue 2026-11-17: the tenth working day after it, the reply deadline, is Tue 12-01.
        var (id, code) = await RoutedAndSignedOffAsync(officeApi, handler, organ.Id, "2026-11-17");

        await RunAsync();
        await RunAsync();

        var mail = Assert.Single(factory.ReceivedBy(address));
        Assert.Contains($"[即将到期] {code}", mail.TextBody);
        Assert.Contains("答复期限 2026-12-01", mail.TextBody);
        Assert.Contains($"/admin/mailbox/{id}", mail.TextBody);
        Assert.Contains("1件即将到期", mail.Subject);
        // Not the writer's text or data: only what identifies the letter in the platform.
        Assert.DoesNotContain("13912345678", mail.TextBody);
        Assert.DoesNotContain("李四", mail.TextBody);
        Assert.Empty(factory.ReceivedBy(otherAddress));
        // Due soon is the holder's business; the district office hears of it once overdue.
        Assert.DoesNotContain(factory.ReceivedBy(officeAddress), m => m.TextBody?.Contains(code, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task An_overdue_letter_is_mailed_to_the_handling_organ_and_the_district_office_once()
    {
        var (officeApi, officeAddress) = await OfficeHandlerAsync();
        var organ = await factory.NewOrganAsync();
        var (handler, address) = await HandlerWithEmailAsync(organ.Id);
        // Received Mon 2026-11-02: reply due 2026-11-16, unanswered.
        var (id, code) = await RoutedAndSignedOffAsync(officeApi, handler, organ.Id, "2026-11-02");

        await RunAsync();
        await RunAsync();

        var toOrgan = Assert.Single(factory.ReceivedBy(address));
        Assert.Contains($"[已超期] {code}", toOrgan.TextBody);
        Assert.Contains("答复期限 2026-11-16", toOrgan.TextBody);
        var toOffice = Assert.Single(factory.ReceivedBy(officeAddress));
        Assert.Contains($"[已超期] {code}", toOffice.TextBody);
        Assert.Contains("已超期", toOffice.Subject);

        // Each send is recorded per letter, handler, kind and deadline (every district office
        // handler with an address is reminded, also those other tests of this class made).
        await factory.WithDbAsync(async db =>
        {
            var kinds = await db.Set<LetterReminder>().Where(r => r.LetterId == id).Select(r => new { r.Kind, r.DueOn }).ToListAsync();
            Assert.True(kinds.Count >= 2);
            Assert.All(kinds, k => Assert.Equal((LetterReminderKind.Overdue, new DateOnly(2026, 11, 16)), (k.Kind, k.DueOn)));
        });
    }

    /// <summary>Registered by the district office as received by post on <paramref name="receivedOn"/>,
    /// routed to the organ and signed off there the same day.</summary>
    private async Task<(int Id, string Code)> RoutedAndSignedOffAsync(HttpClient office, HttpClient handler, int organ, string receivedOn)
    {
        var body = Letter();
        body["receivedOn"] = receivedOn;
        var json = await SubmitAsync(office, body);
        var id = json.GetProperty("id").GetInt32();
        await ExpectAsync(HttpStatusCode.OK, office.LetterEventAsync(id, new { type = "routed", on = receivedOn, organization = organ.ToString(CultureInfo.InvariantCulture) }));
        await ExpectAsync(HttpStatusCode.OK, handler.LetterEventAsync(id, new { type = "signedOff", on = receivedOn }));
        return (id, json.GetProperty("trackingCode").GetString()!);
    }

    private async Task<(HttpClient Api, string Address)> OfficeHandlerAsync() =>
        await HandlerWithEmailAsync(await factory.OrganizationIdAsync("区政府办公室"));

    /// <summary>A case handler who has entered a work address on their own account page.</summary>
    private async Task<(HttpClient Client, string Address)> HandlerWithEmailAsync(int organizationId)
    {
        var userName = "r" + Guid.NewGuid().ToString("N")[..12];
        var address = userName + "@jiangjin.example";
        var browser = await factory.StaffClientAsync(userName, (organizationId, BusinessRole.CaseHandler));
        await browser.PostFormAsync("/account/security", new() { ["Email"] = address }, "/account/security?handler=Email");
        return (factory.ApiClient(await factory.ApiTokenAsync(userName)), address);
    }

    private async Task RunAsync()
    {
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<LetterReminders>().SendDueAsync(CancellationToken.None);
    }
}
