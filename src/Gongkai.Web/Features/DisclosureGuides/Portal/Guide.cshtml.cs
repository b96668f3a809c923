using Gongkai.Domain.DisclosureGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Portal;
using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides.Portal;

/// <summary>/xxgk/{orgId}/guide: the 政府信息公开指南 column shows the structured guide, then any
/// items filed in the column (older guides published as documents).</summary>
[OutputCache(PolicyName = PortalCache.PolicyName)]
public sealed class GuidePageModel(GongkaiDbContext db, ColumnTree tree, DisclosureGuideService guides, GuideHeadingsService headings, TimeProvider clock) : PageModel
{
    public Organization Organ { get; private set; } = null!;

    public DisclosureGuide? Guide { get; private set; }

    public List<Publication> Items { get; private set; } = [];

    public GuideHeadingSet Headings { get; private set; } = GuideHeadingSet.Seed;

    public OrganContact Contact { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct)
    {
        // A public enterprise's platform has its sector's columns and no 指南 column.
        if (await PortalOrgan.FindAsync(tree, orgId, ct) is not { } found || found.Columns.All(c => c.Key != ColumnKeys.Guide))
        {
            return NotFound();
        }

        Organ = found.Organ;
        Guide = await guides.FindAsync(orgId, ct);
        Headings = await headings.CurrentAsync(ct);
        Contact = await GuideContactReader.ForAsync(db, Organ, ct);
        var column = found.Columns.First(c => c.Key == ColumnKeys.Guide);
        Items = await db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow()).Where(p => p.ColumnId == column.Id)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(PublicItems.PageSize).ToListAsync(ct);
        return Page();
    }
}
