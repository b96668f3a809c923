using Gongkai.Domain.Identity;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>Resets of another person's password or second factor. Who may reset
/// whom is <see cref="CredentialResetMatrix"/> (三权分立); every attempt, allowed or refused, is audited.
/// <para>A password reset never gives the administrator a usable password. The account's password is
/// replaced at once by a random one nobody sees (its sessions end), and a one-time reset link is made
/// (Identity's reset token: bound to the security stamp, so it works once and dies with any later
/// credential change). Where the link goes depends on what only the owner has:</para>
/// <list type="bullet">
/// <item>an enrolled authenticator: the link is shown to the administrator to hand over, but the reset
/// page also asks for the authenticator code (or a recovery code), so the link alone is useless;</item>
/// <item>no authenticator (never enrolled, or just reset): the link is mailed to the owner's registered
/// address and not shown; without a registered address and working mail the reset is refused under
/// Level3 (the Trial profile, single administrator, shows the link).</item>
/// </list>
/// A second-factor reset renews the security stamp, so an outstanding reset link stops working: the
/// two resets cannot be chained into a takeover.</summary>
public sealed class CredentialResets(UserManager<StaffUser> users, GongkaiDbContext db, AuditTrail audit, StaffAccess staff,
    IMailSender mail, IOptions<GongkaiOptions> options, TimeProvider clock)
{
    public const string ResetPath = "/account/reset-password";

    public sealed record Outcome(bool Done, string Message);

    public async Task<IReadOnlyList<string>> AdminRolesOfAsync(StaffUser user) =>
        (await users.GetRolesAsync(user)).Where(AdminRoles.All.Contains).ToList();

    /// <summary>Why the current person may not reset <paramref name="target"/>, or null.</summary>
    public async Task<string?> RefusalAsync(StaffUser target)
    {
        var actorRoles = AdminRoles.All.Where(staff.User.IsInRole).ToList();
        return CredentialResetMatrix.Check(actorRoles, await AdminRolesOfAsync(target), staff.UserId == target.Id);
    }

    public async Task<Outcome> ResetPasswordAsync(StaffUser target, CancellationToken ct = default)
    {
        if (await RefusedAsync(target, "staff.passwordReset", ct) is { } refused)
        {
            return refused;
        }

        var level3 = options.Value.Security.IsLevel3;
        var deliverByMail = !target.TwoFactorEnabled;
        if (deliverByMail && level3 && (string.IsNullOrWhiteSpace(target.Email) || !mail.IsEnabled))
        {
            const string why = "该账户未绑定身份验证器，重置链接只能发送到本人登记的电子邮箱，但该账户未登记邮箱或本系统未配置邮件。"
                + "为防止任何管理员获得可用的密码，不能在此显示重置链接：请为本人登记邮箱（并配置邮件）后再试。";
            await audit.WriteAsync("staff.passwordReset", success: false, targetType: "StaffUser", targetId: target.Id.ToString(), detail: "无安全送达渠道", ct: ct);
            return new Outcome(false, why);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var removed = await users.RemovePasswordAsync(target);
        var added = removed.Succeeded ? await users.AddPasswordAsync(target, TemporaryPassword.Generate()) : removed;
        if (!added.Succeeded)
        {
            return new Outcome(false, string.Join("；", added.Errors.Select(e => e.Description)));
        }

        target.MustChangePassword = true;
        target.PasswordChangedAt = clock.GetUtcNow();
        await users.SetLockoutEndDateAsync(target, null);
        await users.ResetAccessFailedCountAsync(target);
        var token = await users.GeneratePasswordResetTokenAsync(target);
        // Gongkai:Site:BaseUrl, never the request's Host header, which a client chooses.
        var link = $"{options.Value.Site.BaseUrl?.TrimEnd('/')}{ResetPath}?user={target.Id}&token={Uri.EscapeDataString(token)}";
        audit.Record("staff.passwordReset", targetType: "StaffUser", targetId: target.Id.ToString(), detail: target.UserName,
            after: new { delivery = deliverByMail ? "mail" : "link+authenticator" });
        await users.UpdateAsync(target);
        await tx.CommitAsync(ct);

        if (!deliverByMail)
        {
            return new Outcome(true, $"{target.UserName}：原密码已作废。一次性重置链接（{TokenHours} 小时内有效，只能用一次）：{link}　"
                + "请交给本人；使用时须输入本人身份验证器上的动态口令（或恢复码），链接本身不能登录。");
        }

        if (!string.IsNullOrWhiteSpace(target.Email) && mail.IsEnabled)
        {
            var sent = await mail.SendAsync(new OutgoingMail(target.Email!, "政务公开平台：重置密码",
                $"{target.DisplayName}：\n\n管理员已为您的账户 {target.UserName} 发起密码重置。请在 {TokenHours} 小时内打开以下链接设置新密码（只能使用一次）：\n\n{link}\n\n如非本人申请，请立即联系安全管理员。"), ct);
            return new Outcome(sent, sent
                ? $"{target.UserName}：原密码已作废，一次性重置链接已发送到本人登记的邮箱 {MaskEmail(target.Email!)}。"
                : $"{target.UserName}：原密码已作废，但重置邮件发送失败，请检查邮件设置后重新重置。");
        }

        // Trial profile only (see the refusal above): one administrator, nobody else to protect against.
        return new Outcome(true, $"{target.UserName}：原密码已作废。一次性重置链接（{TokenHours} 小时内有效）：{link}");
    }

    public async Task<Outcome> ResetSecondFactorAsync(StaffUser target, CancellationToken ct = default)
    {
        if (await RefusedAsync(target, "secondFactor.reset", ct) is { } refused)
        {
            return refused;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await users.SetTwoFactorEnabledAsync(target, false);
        await users.ResetAuthenticatorKeyAsync(target);
        // Ends the account's sessions and voids any outstanding reset link, which would otherwise
        // no longer need an authenticator code.
        await users.UpdateSecurityStampAsync(target);
        audit.Record("secondFactor.reset", targetType: "StaffUser", targetId: target.Id.ToString(), detail: target.UserName);
        await users.UpdateAsync(target);
        await tx.CommitAsync(ct);
        return new Outcome(true, $"{target.UserName}：第二因素已重置，本人下次用自己的密码登录时须重新绑定身份验证器。");
    }

    private int TokenHours => (int)TokenLifespan.TotalHours;

    /// <summary>How long a reset link works (Identity's default token provider).</summary>
    public static TimeSpan TokenLifespan { get; } = TimeSpan.FromHours(24);

    private async Task<Outcome?> RefusedAsync(StaffUser target, string eventType, CancellationToken ct)
    {
        if (await RefusalAsync(target) is not { } why)
        {
            return null;
        }

        await audit.WriteAsync(eventType, success: false, targetType: "StaffUser", targetId: target.Id.ToString(), detail: why, ct: ct);
        return new Outcome(false, why);
    }

    private static string MaskEmail(string address) =>
        address.LastIndexOf('@') is var at and > 0 ? string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at)) : "***";
}
