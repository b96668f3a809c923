using Gongkai.Domain.Enforcement;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Enforcement.Portal;

/// <summary>/zfgs/data?year=: 年度执法数据 (REGULATIONS.md §7.1, 事后公开), each organ's decisions of
/// the year by category, counted as the annual report counts them (<see cref="EnforcementReportSource"/>).</summary>
[OutputCache(PolicyName = EnforcementCache.PolicyName)]
public sealed class DataModel(GongkaiDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public IEnumerable<int> Years => Enumerable.Range(2019, ChinaTime.Today(clock).Year - 2018).Reverse();

    public List<(string Organ, Dictionary<EnforcementCategory, int> Counts)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ShownYear = Year is { } y && Years.Contains(y) ? y : ChinaTime.Today(clock).Year;
        var counts = await db.Set<EnforcementDecision>().AsNoTracking().Filtered(null, null, ShownYear)
            .Where(d => d.WithdrawalKind == null || d.WithdrawalKind != WithdrawalKind.Changed)
            .GroupBy(d => new { d.OrganizationId, d.Category }).Select(g => new { g.Key.OrganizationId, g.Key.Category, Count = g.Count() })
            .ToListAsync(ct);
        var ids = counts.Select(c => c.OrganizationId).Distinct().ToList();
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        Rows = organs.Select(o => (o.Name, counts.Where(c => c.OrganizationId == o.Id).ToDictionary(c => c.Category, c => c.Count))).ToList();
    }
}
