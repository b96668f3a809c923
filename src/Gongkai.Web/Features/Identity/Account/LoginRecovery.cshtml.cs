using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Identity.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Gongkai.Web.Shared.Network.RateLimits.SecondFactor)]
public sealed class LoginRecoveryModel(SignInManager<StaffUser> signIn, SignInHistory history) : SecondStepModel(signIn)
{
    [BindProperty]
    public string? RecoveryCode { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await Manager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return LocalRedirect("/account/login");
        }

        var result = await Manager.TwoFactorRecoveryCodeSignInAsync((RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            await history.RecordSuccessAsync(user, "恢复码登录");
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        await history.RecordAsync(user.UserName!, user.Id, false, result.IsLockedOut ? "账户已锁定" : "恢复码错误", result.IsLockedOut ? "signIn.lockedOut" : "signIn.failed");
        Message = result.IsLockedOut ? "失败次数过多，账户已锁定，请稍后再试。" : "恢复码不正确或已使用过。";
        return Page();
    }
}
