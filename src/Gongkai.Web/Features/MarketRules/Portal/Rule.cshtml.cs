using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.MarketRules.Portal;

/// <summary>/scgz/{id}: one rule or standard with its text and original files.</summary>
[OutputCache(PolicyName = MarketRuleCache.PolicyName)]
public sealed class RuleModel(GongkaiDbContext db) : PageModel
{
    public MarketRule Rule { get; private set; } = null!;

    public string Organ { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var rule = await db.Set<MarketRule>().AsNoTracking().Include(r => r.Attachments).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return NotFound();
        }

        Rule = rule;
        Organ = await db.Set<Organization>().Where(o => o.Id == rule.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        return Page();
    }
}
