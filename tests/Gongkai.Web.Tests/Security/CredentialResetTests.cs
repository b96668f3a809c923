using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (三权分立 credential resets): under Level3 the system administrator reset the security
/// administrator's password, read the temporary password and signed in as the security administrator.
/// Now a reset needs the right duty (CredentialResetMatrix), is audited, and never shows a usable
/// password: the one-time link also needs the owner's authenticator.</summary>
public sealed partial class CredentialResetTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string ChosenByAttacker = "Attacker-Chosen-Pass-2026!";
    private const string ChosenByOwner = "Owner-Chosen-Pass-2026!q";

    [Fact]
    public async Task SystemAdminCannotSignInAsSecurityAdminAfterResettingIt()
    {
        var target = await factory.CreateStaffAsync(PublicationTestKit.Unique("secadm-"), adminRole: AdminRoles.Security);
        var sysadmin = await factory.SystemAdminClientAsync();

        var reset = await sysadmin.PostFormAsync("/admin/staff", [], $"/admin/staff?handler=ResetPassword&id={target.Id}");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var shown = WebUtility.HtmlDecode(await sysadmin.GetStringAsync("/admin/staff"));
        Assert.DoesNotContain("密码已重置为", shown);
        var link = ResetLink().Match(shown).Value;
        Assert.False(string.IsNullOrEmpty(link), shown);

        // The old password is gone, and the link alone sets no password.
        Assert.False(await PasswordWorksAsync(target.UserName!, StaffClients.Password));
        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Contains("身份验证器", await attacker.GetStringAsync(link));
        var refused = await attacker.PostFormAsync(link, new() { ["Code"] = "123456", ["NewPassword"] = ChosenByAttacker, ["ConfirmPassword"] = ChosenByAttacker });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("只有账户本人能提供", await refused.Content.ReadAsStringAsync());
        Assert.False(await PasswordWorksAsync(target.UserName!, ChosenByAttacker));

        // The owner, with their own authenticator, sets their own password; the link then is spent.
        var owner = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var done = await owner.PostFormAsync(link, new()
        {
            ["Code"] = await factory.TotpAsync(target.UserName!),
            ["NewPassword"] = ChosenByOwner,
            ["ConfirmPassword"] = ChosenByOwner,
        });
        Assert.Equal("/account/login", done.Headers.Location?.OriginalString);
        Assert.NotNull(await factory.SignInAsync(target.UserName!, ChosenByOwner));
        Assert.Contains("重置链接无效", await owner.GetStringAsync(link));

        await factory.WithDbAsync(async db =>
        {
            var id = target.Id.ToString();
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "staff.passwordReset" && e.TargetId == id && e.Success));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "password.resetCompleted" && e.TargetId == id && !e.Success));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "password.resetCompleted" && e.TargetId == id && e.Success));
        });
    }

    [Fact]
    public async Task SystemAdminCannotResetAuditAdmin()
    {
        var auditor = await factory.CreateStaffAsync(PublicationTestKit.Unique("audadm-"), adminRole: AdminRoles.Audit);
        var sysadmin = await factory.SystemAdminClientAsync();

        foreach (var handler in new[] { "ResetPassword", "ResetSecondFactor" })
        {
            var response = await sysadmin.PostFormAsync("/admin/staff", [], $"/admin/staff?handler={handler}&id={auditor.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("三权分立：审计管理员的密码和第二因素只能由安全管理员重置", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        Assert.True(await PasswordWorksAsync(auditor.UserName!, StaffClients.Password));
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.True((await users.FindByIdAsync(auditor.Id.ToString()))!.TwoFactorEnabled);
        await factory.WithDbAsync(async db => Assert.Equal(2, await db.Set<AuditEntry>()
            .CountAsync(e => e.TargetId == auditor.Id.ToString() && !e.Success && (e.EventType == "staff.passwordReset" || e.EventType == "secondFactor.reset"))));
    }

    [Fact]
    public async Task SecurityAdminCannotResetAFellowSecurityAdmin()
    {
        var other = await factory.CreateStaffAsync(PublicationTestKit.Unique("secadm2-"), adminRole: AdminRoles.Security);
        var secadmin = await factory.SecurityAdminClientAsync();
        var response = await secadmin.PostFormAsync("/admin/credentials", [], $"/admin/credentials?handler=ResetPassword&id={other.Id}");
        Assert.Contains("只能由系统管理员重置", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.True(await PasswordWorksAsync(other.UserName!, StaffClients.Password));
    }

    [Fact]
    public async Task AdminCannotResetOwnCredentials()
    {
        var name = PublicationTestKit.Unique("selfsec-");
        var self = await factory.CreateStaffAsync(name, adminRole: AdminRoles.Security);
        var client = await factory.SignInAsync(name, StaffClients.Password);
        var response = await client.PostFormAsync("/admin/credentials", [], $"/admin/credentials?handler=ResetSecondFactor&id={self.Id}");
        Assert.Contains("不能在此重置自己的密码或第二因素", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AuditAdminCannotResetAnyone()
    {
        var sysadmin = await factory.CreateStaffAsync(PublicationTestKit.Unique("sysadm-"), adminRole: AdminRoles.System);
        var auditor = await factory.AuditAdminClientAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/admin/credentials")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync($"/admin/credentials?handler=ResetPassword&id={sysadmin.Id}", null)).StatusCode);
        Assert.True(await PasswordWorksAsync(sysadmin.UserName!, StaffClients.Password));
    }

    /// <summary>Reset the password (link needs the authenticator), then the authenticator: the link
    /// must not turn into one that needs nothing, and a new password reset has no safe channel.</summary>
    [Fact]
    public async Task ChainedPasswordAndSecondFactorResetsDoNotHandOverTheSystemAdmin()
    {
        var target = await factory.CreateStaffAsync(PublicationTestKit.Unique("sysadm-"), adminRole: AdminRoles.System);
        var secadmin = await factory.SecurityAdminClientAsync();
        await secadmin.PostFormAsync("/admin/credentials", [], $"/admin/credentials?handler=ResetPassword&id={target.Id}");
        var link = ResetLink().Match(WebUtility.HtmlDecode(await secadmin.GetStringAsync("/admin/credentials"))).Value;
        Assert.False(string.IsNullOrEmpty(link));

        var second = await secadmin.PostFormAsync("/admin/credentials", [], $"/admin/credentials?handler=ResetSecondFactor&id={target.Id}");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var used = await attacker.PostFormAsync(link, new() { ["NewPassword"] = ChosenByAttacker, ["ConfirmPassword"] = ChosenByAttacker });
        Assert.Contains("重置链接无效", await used.Content.ReadAsStringAsync());
        Assert.False(await PasswordWorksAsync(target.UserName!, ChosenByAttacker));

        var again = await secadmin.PostFormAsync("/admin/credentials", [], $"/admin/credentials?handler=ResetPassword&id={target.Id}");
        var message = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        Assert.Contains("不能在此显示重置链接", message);
        Assert.DoesNotMatch(ResetLink(), message);
    }

    /// <summary>The system administrator saw the initial password of an account it created: that
    /// account must not become an administrator before its owner has replaced it.</summary>
    [Fact]
    public async Task AdminDutyCannotGoToAnAccountStillOnTheInitialPasswordItsCreatorSaw()
    {
        var sysadmin = await factory.SystemAdminClientAsync();
        var name = PublicationTestKit.Unique("fresh-");
        await sysadmin.PostFormAsync("/admin/staff", new() { ["NewUserName"] = name, ["NewDisplayName"] = "李四" }, "/admin/staff?handler=Create");
        Guid id = default;
        await factory.WithDbAsync(async db => id = await db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());

        var secadmin = await factory.SecurityAdminClientAsync();
        var response = await secadmin.PostFormAsync("/admin/roles", new() { ["UserId"] = id.ToString(), ["AdminRole"] = AdminRoles.Security }, "/admin/roles?handler=GrantAdmin");
        Assert.Contains("尚未由本人修改初始密码", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.Empty(await users.GetRolesAsync((await users.FindByIdAsync(id.ToString()))!));
    }

    private async Task<bool> PasswordWorksAsync(string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostFormAsync("/account/login", new() { ["UserName"] = userName, ["Password"] = password });
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    [GeneratedRegex(@"/account/reset-password\?user=[0-9a-f-]{36}&token=[A-Za-z0-9%._~-]+")]
    private static partial Regex ResetLink();
}
