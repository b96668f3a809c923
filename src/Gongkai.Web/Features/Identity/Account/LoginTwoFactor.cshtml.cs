using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Identity.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginTwoFactorModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInHistory history, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect("/account/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return LocalRedirect("/account/login");
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            user.LastSignInAt = clock.GetUtcNow();
            await users.UpdateAsync(user);
            await history.RecordAsync(user.UserName!, user.Id, true, "密码与动态口令登录", "signIn.succeeded");
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
