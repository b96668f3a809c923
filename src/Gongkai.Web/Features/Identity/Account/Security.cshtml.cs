using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Identity.Account;

[Authorize(Policy = Policies.Staff)]
public sealed class SecurityModel(UserManager<StaffUser> users, GongkaiDbContext db, ApiTokenRevoker revoker, TimeProvider clock) : PageModel
{
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
