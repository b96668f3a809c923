using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Identity.Account;

/// <summary>/account/reset-password: the owner's half of an administrator's password reset
/// (<see cref="CredentialResets"/>). The one-time link alone sets no password when the account has
/// an authenticator: its current code (or a recovery code) is asked too, so the administrator who
/// handed the link over cannot use it. Wrong codes count towards the account's lockout.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Gongkai.Web.Shared.Network.RateLimits.SignIn)]
public sealed class ResetPasswordModel(UserManager<StaffUser> users, GongkaiDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    private const string Invalid = "重置链接无效、已使用或已过期，请联系管理员重新发起重置。";

    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid? AccountId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool NeedsCode { get; private set; }

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await FindAsync();
        if (user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose, Token!))
        {
            Errors.Add(Invalid);
            return Page();
        }

        NeedsCode = user.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindAsync();
        if (user is null || user.IsDisabled
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose, Token!))
        {
            Errors.Add(Invalid);
            return Page();
        }

        NeedsCode = user.TwoFactorEnabled;
        if (await users.IsLockedOutAsync(user))
        {
            Errors.Add("失败次数过多，账户已锁定，请稍后再试。");
            return Page();
        }

        if (NewPassword is not { Length: > 0 } || NewPassword != ConfirmPassword)
        {
            Errors.Add("请填写新密码，并两次输入一致。");
            return Page();
        }

        if (NeedsCode && !await OwnerProvedAsync(user))
        {
            await users.AccessFailedAsync(user);
            await audit.WriteAsync("password.resetCompleted", success: false, targetType: "StaffUser", targetId: user.Id.ToString(),
                detail: "动态口令或恢复码错误", userId: user.Id, userName: user.UserName);
            Errors.Add("身份验证器动态口令或恢复码不正确（只有账户本人能提供）。");
            return Page();
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.ResetPasswordAsync(user, Token!, NewPassword);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            return Page();
        }

        user.MustChangePassword = false;
        user.PasswordChangedAt = clock.GetUtcNow();
        await users.ResetAccessFailedCountAsync(user);
        audit.Record("password.resetCompleted", targetType: "StaffUser", targetId: user.Id.ToString(), userId: user.Id, userName: user.UserName);
        await users.UpdateAsync(user);
        await tx.CommitAsync();
        TempData["Message"] = "密码已重置，请用新密码登录。";
        return LocalRedirect("/account/login");
    }

    private async Task<StaffUser?> FindAsync() =>
        AccountId is { } id && !string.IsNullOrEmpty(Token) ? await users.FindByIdAsync(id.ToString()) : null;

    private async Task<bool> OwnerProvedAsync(StaffUser user)
    {
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            return false;
        }

        return code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded;
    }
}
