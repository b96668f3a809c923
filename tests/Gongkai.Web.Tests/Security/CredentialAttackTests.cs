using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (server-side sign-out, no account enumeration, API errors, health details, password history): sign-out ends the session on the server, refusals
/// do not tell which accounts exist, and recent passwords cannot be set again.</summary>
public sealed partial class CredentialAttackTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task CopiedCookieDiesAtSignOut()
    {
        await factory.CreateStaffAsync("copied-cookie");
        var cookies = new CookieContainer();
        var browser = factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/login", new() { ["UserName"] = "copied-cookie", ["Password"] = StaffClients.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/login-2fa", new() { ["Code"] = await factory.TotpAsync("copied-cookie") })).StatusCode);

        // The attacker's copy of the auth cookie, replayed from elsewhere.
        var stolen = cookies.GetCookies(new Uri("http://localhost"))["gongkai.auth"]!.Value;
        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        attacker.DefaultRequestHeaders.Add("Cookie", "gongkai.auth=" + stolen);
        Assert.Equal(HttpStatusCode.OK, (await attacker.GetAsync("/account/security")).StatusCode);

        var signOut = await browser.PostFormAsync("/account/security", [], "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var replay = await attacker.GetAsync("/account/security");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("http://localhost/account/login", replay.Headers.Location!.ToString());
    }

    [Fact]
    public async Task LockedAccountAnswersLikeAWrongPassword()
    {
        await factory.CreateStaffAsync("locked-known");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/login", new() { ["UserName"] = "locked-known", ["Password"] = "Wrong-Password-123!" });
        }

        var locked = await client.PostFormAsync("/account/login", new() { ["UserName"] = "locked-known", ["Password"] = StaffClients.Password });
        var unknown = await client.PostFormAsync("/account/login", new() { ["UserName"] = "never-existed", ["Password"] = StaffClients.Password });
        Assert.Equal(Message(await unknown.Content.ReadAsStringAsync()), Message(await locked.Content.ReadAsStringAsync()));
        Assert.Equal("用户名或密码错误。", Message(await locked.Content.ReadAsStringAsync()));

        // The token API: the same status and detail.
        var api = factory.CreateClient();
        var lockedApi = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = "locked-known", password = StaffClients.Password, totp = "000000" });
        var unknownApi = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = "never-existed", password = StaffClients.Password, totp = "000000" });
        Assert.Equal(unknownApi.StatusCode, lockedApi.StatusCode);
        Assert.Equal(Detail(await unknownApi.Content.ReadAsStringAsync()), Detail(await lockedApi.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ReusingOneOfTheLastFivePasswordsIsRefused()
    {
        await factory.CreateStaffAsync("history-user");
        var passwords = Enumerable.Range(1, 5).Select(i => $"Rotated-Pass-{i}-2026!x").ToList();
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync("history-user"))!;
            var current = StaffClients.Password;
            foreach (var next in passwords.Take(4))
            {
                var changed = await users.ChangePasswordAsync(user, current, next);
                Assert.True(changed.Succeeded, string.Join(" ", changed.Errors.Select(e => e.Description)));
                current = next;
            }

            var db = scope.ServiceProvider.GetRequiredService<Gongkai.Web.Data.GongkaiDbContext>();
            Assert.Equal(5, db.Set<PasswordHistoryEntry>().Count(h => h.UserId == user.Id));
        }

        // The person now holds Rotated-Pass-4; the original and 1–3 are the previous four.
        var client = await factory.SignInAsync("history-user", passwords[3]);
        var back = await client.PostFormAsync("/account/change-password", new()
        {
            ["CurrentPassword"] = passwords[3],
            ["NewPassword"] = StaffClients.Password,
            ["ConfirmPassword"] = StaffClients.Password,
        });
        var page = await back.Content.ReadAsStringAsync();
        Assert.True(back.StatusCode == HttpStatusCode.OK, $"{back.StatusCode} {back.Headers.Location}: {page}");
        Assert.Contains("新密码不能与最近 5 次使用过的密码相同", page);

        // A sixth, new password is accepted; then the original, now six back, may be used again.
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync("history-user"))!;
            Assert.True((await users.ChangePasswordAsync(user, passwords[3], passwords[4])).Succeeded);
            var reuseRecent = await users.ChangePasswordAsync(user, passwords[4], passwords[1]);
            Assert.False(reuseRecent.Succeeded);
            Assert.True((await users.ChangePasswordAsync(user, passwords[4], StaffClients.Password)).Succeeded);
            var db = scope.ServiceProvider.GetRequiredService<Gongkai.Web.Data.GongkaiDbContext>();
            var stored = db.Set<PasswordHistoryEntry>().Where(h => h.UserId == user.Id).Select(h => h.PasswordHash).ToList();
            Assert.Equal(5, stored.Count);
            Assert.DoesNotContain(stored, h => h.Contains("Rotated", StringComparison.Ordinal));
        }
    }

    private static string Message(string html) => MessageBox().Match(html).Groups[1].Value.Trim();

    private static string? Detail(string json) => JsonDocument.Parse(json).RootElement.GetProperty("detail").GetString();

    [GeneratedRegex("<div class=\"message error\" role=\"alert\">([^<]*)</div>")]
    private static partial Regex MessageBox();
}
