using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Gongkai.Web.Features.Identity.Account;

/// <summary>TOTP enrolment at first sign-in (8.1.4.1 d). Re-enrolment of an enrolled account goes
/// through an administrator (ASVS 2.5.7), so this page only enrols, or renews recovery codes.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AuthenticatorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditTrail audit,
    IOptions<GongkaiOptions> options) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Enrolled { get; private set; }

    public bool Required => options.Value.Security.IsLevel3;

    public string FormattedKey { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public IEnumerable<string>? RecoveryCodes { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return await ShowAsync(user);
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code ?? ""))
        {
            await audit.WriteAsync("secondFactor.enrolFailed", success: false, targetType: "StaffUser", targetId: user.Id.ToString());
            Message = "动态口令不正确，请确认手机时间准确后输入当前显示的口令。";
            return await ShowAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await audit.WriteAsync("secondFactor.enrolled", targetType: "StaffUser", targetId: user.Id.ToString());
        await signIn.RefreshSignInAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code ?? ""))
        {
            Message = "动态口令不正确。";
            return await ShowAsync(user);
        }

        RecoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await audit.WriteAsync("secondFactor.recoveryCodesRenewed", targetType: "StaffUser", targetId: user.Id.ToString());
        return Page();
    }

    private async Task<IActionResult> ShowAsync(StaffUser user)
    {
        Enrolled = user.TwoFactorEnabled;
        if (Enrolled)
        {
            return Page();
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // The reset renewed the security stamp, which every request now checks: keep this session.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        FormattedKey = string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4)))));
        var issuer = Uri.EscapeDataString(options.Value.Site.Name + " 政务公开");
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName ?? "")}?secret={key}&issuer={issuer}&digits=6";
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.Q, 5));
        return Page();
    }
}
