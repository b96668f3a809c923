using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Identity.Admin;

/// <summary>The reset buttons of /admin/staff and /admin/credentials. Both go through
/// <see cref="CredentialResets"/>, which decides under 三权分立 who may reset whom and never shows a
/// usable password; a refusal shows the page again with the reason.</summary>
public abstract class CredentialResetPageModel(UserManager<StaffUser> users, CredentialResets resets) : PageModel
{
    public List<string> Errors { get; } = [];

    protected UserManager<StaffUser> UserManager { get; } = users;

    protected CredentialResets Resets { get; } = resets;

    public Task<IActionResult> OnPostResetPasswordAsync(Guid id) => ResetAsync(id, Resets.ResetPasswordAsync);

    /// <summary>Re-enrolment of a lost phone goes through an administrator (ASVS 2.5.7).</summary>
    public Task<IActionResult> OnPostResetSecondFactorAsync(Guid id) => ResetAsync(id, Resets.ResetSecondFactorAsync);

    /// <summary>Loads what the page shows, for showing it again after a refusal.</summary>
    protected abstract Task LoadAsync();

    private async Task<IActionResult> ResetAsync(Guid id, Func<StaffUser, CancellationToken, Task<CredentialResets.Outcome>> reset)
    {
        var user = await UserManager.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        var outcome = await reset(user, HttpContext.RequestAborted);
        if (!outcome.Done)
        {
            Errors.Add(outcome.Message);
            await LoadAsync();
            return Page();
        }

        TempData["Message"] = outcome.Message;
        return RedirectToPage();
    }
}
