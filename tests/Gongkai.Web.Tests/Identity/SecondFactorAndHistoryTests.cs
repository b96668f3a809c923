using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Gongkai.Web.Tests.Identity;

/// <summary>Recovery codes, the audit of second-factor changes, and the sign-in history that
/// administrators see (security profile, audit log, staff and roles).</summary>
public sealed partial class SecondFactorAndHistoryTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Staff_set_their_own_mail_address_which_is_audited_masked_and_a_bad_one_changes_nothing()
    {
        var client = await factory.StaffClientAsync("mail-owner");
        var saved = await client.PostFormAsync("/account/security", new() { ["Email"] = " zhang.wei@jiangjin.example " }, "/account/security?handler=Email");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetStringAsync("/account/security");
        Assert.Contains("电子邮箱已保存", page);
        Assert.Contains("value=\"zhang.wei@jiangjin.example\"", page);

        await client.PostFormAsync("/account/security", new() { ["Email"] = "不是邮箱" }, "/account/security?handler=Email");
        Assert.Contains("电子邮箱格式不正确", await client.GetStringAsync("/account/security"));

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal("zhang.wei@jiangjin.example", (await db.Set<StaffUser>().SingleAsync(u => u.UserName == "mail-owner")).Email);
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.EventType == "account.emailChanged" && e.UserName == "mail-owner");
            Assert.DoesNotContain("zhang.wei@jiangjin.example", entry.After);
        });
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_instead_of_the_lost_authenticator()
    {
        var user = await factory.CreateStaffAsync("lost-device");
        List<string> codes;
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!, 10))!.ToList();
        }

        var first = await PasswordThenRecoveryAsync(codes[0]);
        Assert.Equal(HttpStatusCode.Redirect, first.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/admin")).StatusCode);
        Assert.Contains("恢复码登录", await first.Client.GetStringAsync("/account/security"));

        var reused = await PasswordThenRecoveryAsync(codes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.Response.StatusCode);
        Assert.Contains("恢复码不正确或已使用过", await reused.Response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await reused.Client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Resetting_and_enrolling_the_second_factor_are_both_audited()
    {
        var target = await factory.CreateStaffAsync("new-phone");
        var admin = await factory.SystemAdminClientAsync();
        await admin.PostFormAsync("/admin/staff", new(), $"/admin/staff?handler=ResetSecondFactor&id={target.Id}");

        var client = await factory.SignInAsync("new-phone", StaffClients.Password);
        var page = await client.GetStringAsync("/account/authenticator");
        var key = KeyPattern().Match(page).Groups[1].Value.Replace(" ", "");
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);
        Assert.Contains("恢复码", await (await client.PostFormAsync("/account/authenticator", new() { ["Code"] = code })).Content.ReadAsStringAsync());

        await factory.WithDbAsync(async db =>
        {
            var targetId = target.Id.ToString();
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "secondFactor.reset" && e.TargetId == targetId && e.Success));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "secondFactor.enrolled" && e.TargetId == targetId && e.UserName == "new-phone"));
        });
    }

    [Fact]
    public async Task The_system_administrator_sees_a_staff_members_sign_in_history_and_other_duties_do_not()
    {
        var watched = await factory.CreateStaffAsync("watched");
        var stranger = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await stranger.PostFormAsync("/account/login", new() { ["UserName"] = "watched", ["Password"] = "Wrong-Password-2026!x" });
        await factory.SignInAsync("watched", StaffClients.Password);

        var admin = await factory.SystemAdminClientAsync();
        var history = await admin.GetStringAsync($"/admin/staff/{watched.Id}");
        Assert.Contains("密码错误", history);
        Assert.Contains("成功", history);

        var auditor = await factory.AuditAdminClientAsync();
        Assert.NotEqual(HttpStatusCode.OK, (await auditor.GetAsync($"/admin/staff/{watched.Id}")).StatusCode);
        var colleague = await factory.StaffClientAsync("colleague-of-watched");
        Assert.NotEqual(HttpStatusCode.OK, (await colleague.GetAsync($"/admin/staff/{watched.Id}")).StatusCode);
    }

    private async Task<(HttpClient Client, HttpResponseMessage Response)> PasswordThenRecoveryAsync(string code)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.PostFormAsync("/account/login", new() { ["UserName"] = "lost-device", ["Password"] = StaffClients.Password });
        Assert.StartsWith("/account/login-2fa", login.Headers.Location!.OriginalString);
        return (client, await client.PostFormAsync("/account/login-recovery", new() { ["RecoveryCode"] = code }));
    }

    [GeneratedRegex("<code class=\"totp-key\">([A-Z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();
}
