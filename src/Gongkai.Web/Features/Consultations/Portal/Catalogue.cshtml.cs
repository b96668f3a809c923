using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations.Portal;

/// <summary>/xxgk/{orgId}/major-decisions: the organ's 重大行政决策事项目录, one year at a time (the
/// newest by default), each item with its procedures, status and links.</summary>
[AllowAnonymous]
public sealed class CatalogueModel(GongkaiDbContext db, ColumnTree tree) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public List<int> Years { get; private set; } = [];

    public int? Year { get; private set; }

    public List<MajorDecisionQueries.Row> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int orgId, [FromQuery(Name = "year")] int? year, CancellationToken ct)
    {
        if (await PortalOrgan.FindAsync(tree, orgId, ct) is not { } found)
        {
            return NotFound();
        }

        Organ = found.Organ;
        Years = await db.Set<MajorDecision>().Where(d => d.OrganizationId == orgId).Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        Year = year is { } y && Years.Contains(y) ? y : Years.FirstOrDefault() is var newest and > 0 ? newest : null;
        Items = Year is null ? [] : await MajorDecisionQueries.CatalogueAsync(db, orgId, Year, ct);
        return Page();
    }
}
