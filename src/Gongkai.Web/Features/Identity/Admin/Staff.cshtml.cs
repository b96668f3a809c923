using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Identity.Admin;

/// <summary>The system administrator's account management. Granting roles is the security
/// administrator's (三权分立), so it is not here.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class StaffModel(UserManager<StaffUser> users, GongkaiDbContext db, AuditTrail audit, CredentialResets resets, TimeProvider clock) : CredentialResetPageModel(users, resets)
{
    [BindProperty]
    public string? NewUserName { get; set; }

    [BindProperty]
    public string? NewDisplayName { get; set; }

    public List<StaffUser> Users { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var userName = NewUserName?.Trim() ?? "";
        var displayName = NewDisplayName?.Trim() ?? "";
        if (userName.Length is < 2 or > 64 || displayName.Length is 0 or > 50)
        {
            Errors.Add("请填写 2 至 64 个字符的用户名和 50 字以内的姓名。");
            await LoadAsync();
            return Page();
        }

        var password = TemporaryPassword.Generate();
        var user = new StaffUser { UserName = userName, DisplayName = displayName, CreatedAt = Now, PasswordChangedAt = Now, MustChangePassword = true };
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await UserManager.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            await LoadAsync();
            return Page();
        }

        audit.Record("staff.created", targetType: "StaffUser", targetId: user.Id.ToString(), after: new { user.UserName, user.DisplayName });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        TempData["Message"] = $"已新建账户 {userName}，初始密码：{password}（只显示这一次，请当面或通过安全渠道交给本人）。";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostDisableAsync(Guid id) => ChangeAsync(id, "staff.disabled", "账户已停用，其所有登录会话随即失效。", async user =>
    {
        if (user.Id.ToString() == UserManager.GetUserId(User))
        {
            return "不能停用自己的账户。";
        }

        user.IsDisabled = true;
        await UserManager.UpdateSecurityStampAsync(user);
        return null;
    });

    public Task<IActionResult> OnPostEnableAsync(Guid id) => ChangeAsync(id, "staff.enabled", "账户已启用。", user =>
    {
        user.IsDisabled = false;
        return Task.FromResult<string?>(null);
    });
    private async Task<IActionResult> ChangeAsync(Guid id, string eventType, string done, Func<StaffUser, Task<string?>> change)
    {
        var user = await UserManager.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        var error = await change(user);
        if (error is not null)
        {
            Errors.Add(error);
            await LoadAsync();
            return Page();
        }

        audit.Record(eventType, targetType: "StaffUser", targetId: user.Id.ToString(), detail: user.UserName);
        await UserManager.UpdateAsync(user);
        await tx.CommitAsync();
        TempData["Message"] = $"{user.UserName}：{done}";
        return RedirectToPage();
    }

    protected override async Task LoadAsync() => Users = await UserManager.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync();
}
