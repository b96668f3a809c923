using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Identity.Admin;

[Authorize(Policy = Policies.SecurityAdmin)]
public sealed class TokensModel(GongkaiDbContext db, ApiTokenRevoker revoker, TimeProvider clock) : PageModel
{
    public List<ApiToken> Tokens { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync() =>
        Tokens = await db.Set<ApiToken>().AsNoTracking().Include(t => t.User).OrderByDescending(t => t.Id).Take(500).ToListAsync();

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var token = await db.Set<ApiToken>().FindAsync(id);
        if (token is null)
        {
            return NotFound();
        }

        await revoker.RevokeAsync(token, HttpContext.RequestAborted);
        TempData["Message"] = $"令牌 {token.Prefix}… 已撤销。";
        return RedirectToPage();
    }
}
