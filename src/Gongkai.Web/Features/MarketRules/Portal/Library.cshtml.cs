using Gongkai.Domain.MarketRules;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.MarketRules.Portal;

/// <summary>/scgz: the library by industry (<c>?industry=</c>), validity (<c>?validity=</c>) and
/// words in the name, 文号 or 发布机关 (<c>?q=</c>); full-text search over the text is site search.</summary>
[OutputCache(PolicyName = MarketRuleCache.PolicyName)]
public sealed class LibraryModel(GongkaiDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)]
    public MarketRuleValidity? Validity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public Dictionary<string, int> Counts { get; private set; } = [];

    public List<(MarketRule Rule, string Organ)> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rules = db.Set<MarketRule>().AsNoTracking();
        Counts = await rules.GroupBy(r => r.Industry).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        if (!string.IsNullOrWhiteSpace(Industry))
        {
            rules = rules.Where(r => r.Industry == Industry);
        }

        if (Validity is { } v)
        {
            rules = rules.Where(r => r.Validity == v);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            rules = rules.Where(r => r.Title.Contains(q) || (r.DocumentNumber != null && r.DocumentNumber.Contains(q)) || r.IssuingAuthority.Contains(q));
        }

        Total = await rules.CountAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        Rules = (await rules.OrderByDescending(r => r.EffectiveOn).ThenByDescending(r => r.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
                .Join(db.Set<Organization>(), r => r.OrganizationId, o => o.Id, (r, o) => new { r, o.Name }).ToListAsync(ct))
            .Select(x => (x.r, x.Name)).ToList();
    }
}
