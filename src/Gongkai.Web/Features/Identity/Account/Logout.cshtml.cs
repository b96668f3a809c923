using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Identity.Account;

/// <summary>Sign-out ends the session on the server, not only in this browser: the account's
/// security stamp is renewed, and every request checks the stamp its cookie carries
/// (IdentityFeature), so a copied cookie stops working at once. The
/// account's sessions on other devices end with it.</summary>
public sealed class LogoutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, Audit.AuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.WriteAsync("signOut");
            if (await users.GetUserAsync(User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
        }

        return RedirectToPage();
    }
}
