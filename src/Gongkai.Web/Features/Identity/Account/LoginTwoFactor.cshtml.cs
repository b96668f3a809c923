using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Identity.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Gongkai.Web.Shared.Network.RateLimits.SecondFactor)]
public sealed class LoginTwoFactorModel(SignInManager<StaffUser> signIn, SignInHistory history) : SecondStepModel(signIn)
{
    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await Manager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return LocalRedirect("/account/login");
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        var result = await Manager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await history.RecordSuccessAsync(user, "密码与动态口令登录");
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await history.RecordAsync(user.UserName!, user.Id, false, "账户已锁定", "signIn.lockedOut");
            Message = "验证失败次数过多，账户已锁定，请稍后再试。";
            return Page();
        }

        await history.RecordAsync(user.UserName!, user.Id, false, "动态口令错误", "signIn.failed");
        Message = "动态口令不正确或已使用过，请输入身份验证器中当前显示的口令。";
        return Page();
    }
}
