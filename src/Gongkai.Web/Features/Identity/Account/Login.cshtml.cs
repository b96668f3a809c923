using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Network;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInHistory history,
    SignInThrottle throttle, IOptions<GongkaiOptions> options) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    /// <summary>The one answer to every refused password step.</summary>
    public const string WrongCredentials = "用户名或密码错误。";

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

        // Every refusal below reads 用户名或密码错误: whether an account exists, is disabled or is
        // locked must not be learnt by guessing.
        var client = ForwardedHeaders.ClientKey(HttpContext);
        if (throttle.IsThrottled(client, name))
        {
            await history.RecordAsync(name, null, false, "该地址失败次数过多", "signIn.throttled");
            return Fail(throttle.Message);
        }

        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            throttle.RecordFailure(client, name);
            await history.RecordAsync(name, null, false, "用户不存在", "signIn.failed");
            return Fail(WrongCredentials);
        }

        if (user.IsDisabled)
        {
            // Only someone who knows the password learns that the account is disabled.
            throttle.RecordFailure(client, name);
            await history.RecordAsync(user.UserName!, user.Id, false, "账户已停用", "signIn.failed");
            return Fail(await users.CheckPasswordAsync(user, Password) ? "该账户已停用，请联系系统管理员。" : WrongCredentials);
        }

        // lockoutOnFailure must be true: the templates' false would let a guesser try forever (8.1.4.1 b).
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            throttle.Clear(client, name);
            await history.RecordSuccessAsync(user, "密码登录");
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            throttle.Clear(client, name);
            return LocalRedirect("/account/login-2fa?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl(ReturnUrl)));
        }

        throttle.RecordFailure(client, name);
        if (result.IsLockedOut)
        {
            await history.RecordAsync(user.UserName!, user.Id, false, "账户已锁定", "signIn.lockedOut");
            return Fail(WrongCredentials);
        }

        await history.RecordAsync(user.UserName!, user.Id, false, "密码错误", "signIn.failed");
        return Fail(WrongCredentials);
    }

    private PageResult Fail(string message)
    {
        Message = message;
        Password = null;
        return Page();
    }

    /// <summary>Only local paths: a crafted link must not send a signed-in person elsewhere.</summary>
    public static string SafeReturnUrl(string? url) => LocalUrl.OrDefault(url, "/admin");
}
