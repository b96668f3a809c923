using System.ComponentModel.DataAnnotations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Identity.Account;

[Authorize(Policy = Policies.Staff)]
public sealed class SecurityModel(UserManager<StaffUser> users, GongkaiDbContext db, ApiTokenRevoker revoker, TimeProvider clock, AuditTrail audit, ILogger<SecurityModel> log) : PageModel
{
    private static readonly EmailAddressAttribute EmailRule = new();

    /// <summary>The work address that receives the platform's mail (for example the daily reminders
    /// of cases about to fall due); empty turns mail off for this person.</summary>
    [BindProperty]
    public string? Email { get; set; }

    public StaffUser Me { get; private set; } = null!;

    public IList<string> AdminRoles { get; private set; } = [];

    public List<string> Memberships { get; private set; } = [];

    public List<ApiToken> Tokens { get; private set; } = [];

    public List<SignInRecord> History { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public string Local(DateTimeOffset? at) => ChinaTime.Format(at);

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Me = user;
        AdminRoles = await users.GetRolesAsync(user);
        Memberships = await db.Set<StaffMembership>().Where(m => m.UserId == user.Id)
            .Select(m => new { m.Organization!.ShortName, m.Role }).AsAsyncEnumerable()
            .Select(m => $"{m.ShortName}·{BusinessRoles.DisplayName(m.Role)}").ToListAsync();
        Tokens = await db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == user.Id).OrderByDescending(t => t.Id).Take(50).ToListAsync();
        History = await db.Set<SignInRecord>().AsNoTracking().Where(r => r.UserId == user.Id).OrderByDescending(r => r.Id).Take(50).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEmailAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        if (email is not null && (email.Length > 256 || !EmailRule.IsValid(email) || !email.Contains('.', StringComparison.Ordinal)))
        {
            log.LogInformation("Refused e-mail address for {User}: not an address", user.UserName);
            TempData["Error"] = "电子邮箱格式不正确，请填写如 name@jiangjin.gov.cn 的地址；原地址未改变。";
            return RedirectToPage();
        }

        if (email != user.Email)
        {
            // Audited in the same save as the change; the audit trail masks the addresses.
            audit.Record("account.emailChanged", targetType: "StaffUser", targetId: user.Id.ToString(), before: new { email = user.Email }, after: new { email });
            user.Email = email;
            var result = await users.UpdateAsync(user);
            if (!result.Succeeded)
            {
                log.LogWarning("E-mail change for {User} failed: {Errors}", user.UserName, string.Join("; ", result.Errors.Select(e => e.Code)));
                TempData["Error"] = "电子邮箱未能保存：" + string.Join("；", result.Errors.Select(e => e.Description));
                return RedirectToPage();
            }
        }

        TempData["Message"] = email is null ? "已清除电子邮箱，平台不再向您发送邮件。" : "电子邮箱已保存。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var userId = users.GetUserId(User);
        var token = await db.Set<ApiToken>().FirstOrDefaultAsync(t => t.Id == id && t.UserId.ToString() == userId);
        if (token is null)
        {
            return NotFound();
        }

        await revoker.RevokeAsync(token, HttpContext.RequestAborted);
        TempData["Message"] = "令牌已撤销。";
        return RedirectToPage();
    }
}
