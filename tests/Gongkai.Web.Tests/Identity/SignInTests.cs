using System.Net;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Identity;

public sealed class SignInTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Staff_pages_require_sign_in()
    {
        var response = await NewClient().GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Password_alone_does_not_sign_in_a_staff_member_with_a_second_factor()
    {
        await factory.CreateStaffAsync("pw-only");
        var client = NewClient();
        var response = await client.PostFormAsync("/account/login", new() { ["UserName"] = "pw-only", ["Password"] = StaffClients.Password });
        Assert.StartsWith("/account/login-2fa", response.Headers.Location!.OriginalString);

        var admin = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/account/login", admin.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Password_and_totp_sign_in_and_the_attempt_is_in_history_and_audit()
    {
        var client = await factory.StaffClientAsync("full-signin");
        var admin = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var security = await client.GetStringAsync("/account/security");
        Assert.Contains("密码与动态口令登录", security);

        await factory.WithDbAsync(async db =>
        {
            var entry = await db.Set<AuditEntry>().Where(e => e.UserName == "full-signin" && e.EventType == "signIn.succeeded").SingleAsync();
            Assert.True(entry.Success);
            Assert.NotNull(entry.Ip);
            Assert.NotNull(entry.RequestId);
        });
    }

    [Fact]
    public async Task A_totp_code_cannot_be_used_twice()
    {
        await factory.CreateStaffAsync("replay");
        var code = await factory.TotpAsync("replay");

        var first = NewClient();
        await first.PostFormAsync("/account/login", new() { ["UserName"] = "replay", ["Password"] = StaffClients.Password });
        var ok = await first.PostFormAsync("/account/login-2fa", new() { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var second = NewClient();
        await second.PostFormAsync("/account/login", new() { ["UserName"] = "replay", ["Password"] = StaffClients.Password });
        var replayed = await second.PostFormAsync("/account/login-2fa", new() { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("已使用过", await replayed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one()
    {
        await factory.CreateStaffAsync("lockme");
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/account/login", new() { ["UserName"] = "lockme", ["Password"] = "Wrong-Password-123!" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var sixth = await client.PostFormAsync("/account/login", new() { ["UserName"] = "lockme", ["Password"] = StaffClients.Password });
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        // The locked account answers like a wrong password.
        Assert.Contains("用户名或密码错误", await sixth.Content.ReadAsStringAsync());

        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByNameAsync("lockme"))!;
        var remaining = user.LockoutEnd!.Value - DateTimeOffset.UtcNow;
        Assert.InRange(remaining.TotalMinutes, 14, 15.1);
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.UserName == "lockme" && e.EventType == "signIn.lockedOut" && !e.Success));

        // Identity measures lockouts on the system clock; move the end into the past as 15 minutes would.
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.NotNull(await factory.SignInAsync("lockme", StaffClients.Password));
    }

    [Fact]
    public async Task A_session_ends_after_fifteen_idle_minutes()
    {
        var client = await factory.StaffClientAsync("idle");
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_active_session_still_ends_after_eight_hours()
    {
        var client = await factory.StaffClientAsync("absolute");
        for (var minutes = 0; minutes < 8 * 60 - 10; minutes += 10)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var user = await factory.CreateStaffAsync("disabled-one");
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Users.SingleAsync(u => u.Id == user.Id);
            tracked.IsDisabled = true;
            await db.SaveChangesAsync();
        });
        var response = await NewClient().PostFormAsync("/account/login", new() { ["UserName"] = "disabled-one", ["Password"] = StaffClients.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已停用", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Return_url_off_site_is_ignored()
    {
        await factory.CreateStaffAsync("returner", enrolSecondFactor: false);
        var client = NewClient();
        var response = await client.PostFormAsync("/account/login?returnUrl=%2F%2Fevil.example", new() { ["UserName"] = "returner", ["Password"] = StaffClients.Password });
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_form_without_antiforgery_token_is_rejected()
    {
        await factory.CreateStaffAsync("csrf", enrolSecondFactor: false);
        var response = await NewClient().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "csrf",
            ["Password"] = StaffClients.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
