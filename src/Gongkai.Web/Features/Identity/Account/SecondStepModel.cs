using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Identity.Account;

/// <summary>The second step of a sign-in (authenticator code or recovery code): only reachable
/// after the password step, which leaves a short-lived two-factor cookie.</summary>
public abstract class SecondStepModel(SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; protected set; }

    protected SignInManager<StaffUser> Manager => signIn;

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect("/account/login") : Page();
}
