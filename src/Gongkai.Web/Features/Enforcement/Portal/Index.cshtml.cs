using System.Globalization;
using Gongkai.Domain.Enforcement;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Enforcement.Portal;

/// <summary>/zfgs: every published enforcement decision in public view, newest first, filtered by
/// organ, category and year; <c>view=sgs</c> is the 双公示 view of licences and penalties in the
/// credit system's columns (REGULATIONS.md §7.1). Parties are masked (<see cref="EnforcementPublicText"/>).</summary>
[OutputCache(PolicyName = EnforcementCache.PolicyName)]
public sealed class IndexModel(GongkaiDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "organization")]
    public int? OrganizationFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")]
    public string? CategoryFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool DualView => View == "sgs";

    public EnforcementCategory? Category { get; private set; }

    public List<Organization> Organs { get; private set; } = [];

    public Dictionary<int, string> OrganNames { get; private set; } = [];

    public List<EnforcementDecision> Decisions { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DateOnly Today => ChinaTime.Today(clock);

    public IEnumerable<int> Years => Enumerable.Range(2019, Today.Year - 2018).Reverse();

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        Organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct))
            .Where(o => OrganizationKinds.HasPlatform(o.Kind)).ToList();
        OrganNames = Organs.ToDictionary(o => o.Id, o => o.Name);
        Category = EnforcementCategories.Parse(CategoryFilter);
        if (DualView && !(Category is { } c && EnforcementCategories.IsDualPublication(c)))
        {
            Category = EnforcementCategory.Licence;
        }

        var organ = OrganizationFilter is { } o && OrganNames.ContainsKey(o) ? o : (int?)null;
        var decisions = db.Set<EnforcementDecision>().AsNoTracking().PublicOn(Today).Filtered(organ, Category, Year);
        Total = await decisions.CountAsync(ct);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Decisions = await decisions.Newest().Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }

    public string Filters(int? page = null, string? category = null, string? view = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("view", view ?? (DualView ? "sgs" : null));
        Add("organization", OrganizationFilter?.ToString(CultureInfo.InvariantCulture));
        Add("category", category ?? (Category is { } c ? EnforcementCategories.Code(c) : null));
        Add("year", Year?.ToString(CultureInfo.InvariantCulture));
        if (page is > 1)
        {
            Add("page", page.Value.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public string Organ(EnforcementDecision d) => OrganNames.GetValueOrDefault(d.OrganizationId, "");
}
