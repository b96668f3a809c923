using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity.Account;

[Authorize(Policy = Policies.Staff)]
public sealed class ChangePasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, GongkaiDbContext db,
    AuditTrail audit, IOptions<GongkaiOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public List<string> Errors { get; } = [];

    public string? Reason { get; private set; }

    public int MinLength => options.Value.Security.PasswordMinLength;

    public void OnGet() => Reason = StaffClaims.RequiredStep(User, options.Value.Security, clock.GetUtcNow()) == "/account/change-password"
        ? "您的密码是初始密码或已超过有效期，请先设置新密码。"
        : null;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(CurrentPassword) || string.IsNullOrEmpty(NewPassword))
        {
            Errors.Add("请填写当前密码和新密码。");
            return Page();
        }

        if (NewPassword != ConfirmPassword)
        {
            Errors.Add("两次输入的新密码不一致。");
            return Page();
        }

        if (NewPassword == CurrentPassword)
        {
            Errors.Add("新密码不能与当前密码相同。");
            return Page();
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            return Page();
        }

        user.PasswordChangedAt = clock.GetUtcNow();
        user.MustChangePassword = false;
        audit.Record("password.changed", targetType: "StaffUser", targetId: user.Id.ToString());
        await users.UpdateAsync(user);
        await tx.CommitAsync();

        // ChangePasswordAsync renewed the security stamp, which ends every other session (ASVS 3.3.3).
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "密码已修改。";
        return LocalRedirect("/account/security");
    }
}
