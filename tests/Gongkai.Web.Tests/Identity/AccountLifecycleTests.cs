using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Gongkai.Web.Tests.Identity;

public sealed partial class AccountLifecycleTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task First_run_admin_must_change_password_then_enrol_a_second_factor_before_any_work()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostFormAsync("/account/login", new() { ["UserName"] = "admin", ["Password"] = GongkaiFactory.AdminPassword });
        Assert.Equal("/admin", login.Headers.Location!.OriginalString);

        var gated = await client.GetAsync("/admin/staff");
        Assert.Equal("/account/change-password", gated.Headers.Location!.OriginalString);

        var changed = await client.PostFormAsync("/account/change-password", new()
        {
            ["CurrentPassword"] = GongkaiFactory.AdminPassword,
            ["NewPassword"] = "Brand-New-Sys-Pass-9x",
            ["ConfirmPassword"] = "Brand-New-Sys-Pass-9x",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        gated = await client.GetAsync("/admin/staff");
        Assert.Equal("/account/authenticator", gated.Headers.Location!.OriginalString);

        var page = await client.GetStringAsync("/account/authenticator");
        var key = KeyPattern().Match(page).Groups[1].Value.Replace(" ", "");
        Assert.False(string.IsNullOrEmpty(key));
        Assert.Contains("data:image/png;base64,", page);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);
        var enrolled = await client.PostFormAsync("/account/authenticator", new() { ["Code"] = code });
        var body = await enrolled.Content.ReadAsStringAsync();
        Assert.Contains("恢复码", body);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/staff")).StatusCode);
    }

    [Fact]
    public async Task Weak_new_passwords_are_refused_with_reasons_and_the_old_one_still_works()
    {
        var client = await factory.StaffClientAsync("weakling");
        var response = await client.PostFormAsync("/account/change-password", new()
        {
            ["CurrentPassword"] = StaffClients.Password,
            ["NewPassword"] = "password123",
            ["ConfirmPassword"] = "password123",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("至少需要 12 个字符", html);
        Assert.Contains("过于常见", html);
        Assert.NotNull(await factory.SignInAsync("weakling", StaffClients.Password));
    }

    [Fact]
    public async Task A_password_older_than_ninety_days_must_be_changed_first()
    {
        var user = await factory.CreateStaffAsync("old-password");
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Users.SingleAsync(u => u.Id == user.Id);
            tracked.PasswordChangedAt = factory.Clock.GetUtcNow().AddDays(-91);
            await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync("old-password", StaffClients.Password);
        var gated = await client.GetAsync("/admin");
        Assert.Equal("/account/change-password", gated.Headers.Location!.OriginalString);
        Assert.Contains("已超过有效期", await client.GetStringAsync("/account/change-password"));
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sessions()
    {
        await factory.CreateStaffAsync("two-sessions");
        var first = await factory.SignInAsync("two-sessions", StaffClients.Password);
        var second = await factory.SignInAsync("two-sessions", StaffClients.Password);
        var changed = await first.PostFormAsync("/account/change-password", new()
        {
            ["CurrentPassword"] = StaffClients.Password,
            ["NewPassword"] = "Another-Good-Pass-77",
            ["ConfirmPassword"] = "Another-Good-Pass-77",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        // The security stamp is re-checked once a minute.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        var other = await second.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/account/login", other.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task System_admin_creates_an_account_whose_first_sign_in_requires_a_new_password()
    {
        var admin = await factory.SystemAdminClientAsync();
        var created = await admin.PostFormAsync("/admin/staff", new() { ["NewUserName"] = "new-clerk", ["NewDisplayName"] = "王小明" }, "/admin/staff?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetStringAsync("/admin/staff");
        var password = System.Net.WebUtility.HtmlDecode(TempPassword().Match(list).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(password));

        var clerk = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await clerk.PostFormAsync("/account/login", new() { ["UserName"] = "new-clerk", ["Password"] = password });
        Assert.Equal("/account/change-password", (await clerk.GetAsync("/admin")).Headers.Location!.OriginalString);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Gongkai.Web.Data.GongkaiDbContext>();
        Assert.True(await db.Set<Gongkai.Web.Features.Audit.AuditEntry>().AnyAsync(e => e.EventType == "staff.created" && e.After!.Contains("new-clerk")));
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions()
    {
        var target = await factory.CreateStaffAsync("to-disable");
        var session = await factory.SignInAsync("to-disable", StaffClients.Password);
        var admin = await factory.SystemAdminClientAsync();
        var response = await admin.PostFormAsync("/admin/staff", new(), $"/admin/staff?handler=Disable&id={target.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Resetting_the_second_factor_makes_the_person_enrol_again()
    {
        var target = await factory.CreateStaffAsync("lost-phone");
        var admin = await factory.SystemAdminClientAsync();
        await admin.PostFormAsync("/admin/staff", new(), $"/admin/staff?handler=ResetSecondFactor&id={target.Id}");
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.False((await users.FindByIdAsync(target.Id.ToString()))!.TwoFactorEnabled);
        var client = await factory.SignInAsync("lost-phone", StaffClients.Password);
        Assert.Equal("/account/authenticator", (await client.GetAsync("/admin")).Headers.Location!.OriginalString);
    }

    [GeneratedRegex("<code class=\"totp-key\">([A-Z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("初始密码：([^（]+)（")]
    private static partial Regex TempPassword();
}
