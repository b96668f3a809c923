using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInHistory history,
    IOptions<GongkaiOptions> options) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public int MaxFailures => options.Value.Security.MaxFailedSignIns;

    public int LockoutMinutes => options.Value.Security.LockoutMinutes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = UserName?.Trim() ?? "";
        if (name.Length == 0 || string.IsNullOrEmpty(Password))
        {
            Message = "请输入用户名和密码。";
            return Page();
        }

        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            await history.RecordAsync(name, null, false, "用户不存在", "signIn.failed");
            return Fail("用户名或密码错误。");
        }

        if (user.IsDisabled)
        {
            await history.RecordAsync(user.UserName!, user.Id, false, "账户已停用", "signIn.failed");
            return Fail("该账户已停用，请联系系统管理员。");
        }

        // lockoutOnFailure must be true: the templates' false would let a guesser try forever (8.1.4.1 b).
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await history.RecordSuccessAsync(user, "密码登录");
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return LocalRedirect("/account/login-2fa?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl(ReturnUrl)));
        }

        if (result.IsLockedOut)
        {
            await history.RecordAsync(user.UserName!, user.Id, false, "账户已锁定", "signIn.lockedOut");
            return Fail($"登录失败次数过多，账户已锁定，请 {LockoutMinutes} 分钟后再试。");
        }

        await history.RecordAsync(user.UserName!, user.Id, false, "密码错误", "signIn.failed");
        return Fail("用户名或密码错误。");
    }

    private PageResult Fail(string message)
    {
        Message = message;
        Password = null;
        return Page();
    }

    /// <summary>Only local paths: a crafted link must not send a signed-in person elsewhere.</summary>
    public static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/admin";
}
