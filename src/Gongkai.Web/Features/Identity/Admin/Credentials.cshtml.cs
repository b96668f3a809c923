using Gongkai.Web.Shared;
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
public sealed class CredentialsModel(UserManager<StaffUser> users, CredentialResets resets) : CredentialResetPageModel(users, resets)
{
    public List<(StaffUser User, IReadOnlyList<string> Roles, string? Refusal)> Admins { get; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    protected override async Task LoadAsync()
    {
        foreach (var role in AdminRoles.All)
        {
            foreach (var user in (await UserManager.GetUsersInRoleAsync(role)).OrderBy(u => u.UserName))
            {
                Admins.Add((user, [role], await Resets.RefusalAsync(user)));
            }
        }
    }
}
