using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists.Portal;

/// <summary>/xxgk/{orgId}/power-list and /qzqd: the current list (of one organ, or of the district
/// filtered by organ), grouped by 权力类型 with counts, filtered by type, searched by name or code,
/// 50 a page. "Current" is computed from today's date (<see cref="PowerListQueries.CurrentOn"/>).</summary>
[OutputCache(PolicyName = PowerListCache.PolicyName)]
public abstract class PowerListPageModel(GongkaiDbContext db, TimeProvider clock) : PageModel
{
    protected GongkaiDbContext Db => db;

    public const int PageSize = 50;

    public Organization? Organ { get; protected set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public PowerType? Type { get; private set; }

    public Dictionary<PowerType, int> Counts { get; private set; } = [];

    public List<(PowerItem Item, string Organ)> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DateOnly Today => Shared.ChinaTime.Today(clock);

    /// <summary>The query string of the current filters, for links that keep them.</summary>
    public string Filters(int? page = null, string? type = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }

        if (this is DistrictModel && Organ is not null)
        {
            Add("organization", Organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Add("type", type ?? (Type is { } t ? PowerTypes.Code(t) : null));
        Add("q", Query);
        if (page is > 1)
        {
            Add("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    protected async Task LoadAsync(int? page, CancellationToken ct)
    {
        Type = PowerTypes.Parse(TypeFilter);
        var items = db.Set<PowerItem>().AsNoTracking().CurrentOn(Today);
        if (Organ is not null)
        {
            items = items.Where(i => i.OrganizationId == Organ.Id);
        }

        items = items.Matching(Query);
        Counts = (await items.GroupBy(i => i.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(c => c.Key, c => c.Count);
        if (Type is { } type)
        {
            items = items.Where(i => i.Type == type);
        }

        Total = Type is { } t ? Counts.GetValueOrDefault(t) : Counts.Values.Sum();
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        var rows = await items.OrderBy(i => i.Type).ThenBy(i => i.OrganizationId).ThenBy(i => i.Code)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Join(db.Set<Organization>(), i => i.OrganizationId, o => o.Id, (i, o) => new { Item = i, o.Name })
            .ToListAsync(ct);
        Items = rows.Select(r => (r.Item, r.Name)).ToList();
    }
}
