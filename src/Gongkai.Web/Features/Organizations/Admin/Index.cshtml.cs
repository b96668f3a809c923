using Gongkai.Domain.Organizations;
using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Organizations.Admin;

/// <summary>机关管理: the organs grouped by kind, with a search over current and former names.
/// An organ administrator sees only the organs they administer.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(GongkaiDbContext db, OrganizationAdminAccess access) : PageModel
{
    public string? Q { get; private set; }

    public bool CanManageAll { get; private set; }

    public IReadOnlyList<IGrouping<OrganizationKind, Organization>> Groups { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        CanManageAll = access.CanManageAll;
        var visible = await access.VisibleAsync(ct);
        var query = db.Set<Organization>().AsNoTracking().Include(o => o.FormerNames).AsQueryable();
        if (visible is not null)
        {
            query = query.Where(o => visible.Contains(o.Id));
        }

        var organizations = await query.OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        if (Q is not null)
        {
            // Matched in memory by key, so that spaces and full-width forms in either side do not matter.
            var key = OrganizationNames.Key(Q);
            organizations = organizations.Where(o => OrganizationNames.Key(o.Name).Contains(key, StringComparison.Ordinal)
                || OrganizationNames.Key(o.ShortName).Contains(key, StringComparison.Ordinal)
                || o.FormerNames.Any(f => OrganizationNames.Key(f.Name).Contains(key, StringComparison.Ordinal))).ToList();
        }

        Total = organizations.Count;
        Groups = organizations.GroupBy(o => o.Kind).OrderBy(g => g.Key).ToList();
    }
}
