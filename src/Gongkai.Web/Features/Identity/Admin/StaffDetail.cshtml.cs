using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Identity.Admin;

[Authorize(Policy = Policies.SystemAdmin)]
public sealed class StaffDetailModel(GongkaiDbContext db) : PageModel
{
    public StaffUser Person { get; private set; } = null!;

    public List<SignInRecord> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var person = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        History = await db.Set<SignInRecord>().AsNoTracking().Where(r => r.UserId == id).OrderByDescending(r => r.Id).Take(100).ToListAsync();
        return Page();
    }
}
