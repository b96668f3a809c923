using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Identity.Admin;

/// <summary>/admin/credentials: the administrator accounts and which duty resets each (三权分立,
/// <see cref="Domain.Identity.CredentialResetMatrix"/>). The security administrator resets the
/// system and audit administrators here; the system administrator the security administrator.
/// Business staff are reset from /admin/staff.</summary>
[Authorize(Policy = Policies.CredentialAdmin)]
public sealed class CredentialsModel(UserManager<StaffUser> users, CredentialResets resets) : PageModel
{
    public List<(StaffUser User, IReadOnlyList<string> Roles, string? Refusal)> Admins { get; } = [];

    public List<string> Errors { get; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostResetPasswordAsync(Guid id) => ResetAsync(id, resets.ResetPasswordAsync);

    public Task<IActionResult> OnPostResetSecondFactorAsync(Guid id) => ResetAsync(id, resets.ResetSecondFactorAsync);

    private async Task<IActionResult> ResetAsync(Guid id, Func<StaffUser, CancellationToken, Task<CredentialResets.Outcome>> reset)
    {
        var user = await users.FindByIdAsync(id.ToString());
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

    private async Task LoadAsync()
    {
        foreach (var role in AdminRoles.All)
        {
            foreach (var user in (await users.GetUsersInRoleAsync(role)).OrderBy(u => u.UserName))
            {
                Admins.Add((user, [role], await resets.RefusalAsync(user)));
            }
        }
    }
}
