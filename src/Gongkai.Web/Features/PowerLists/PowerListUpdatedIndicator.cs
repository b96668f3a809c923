using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>权责清单 kept current (seed 一（一）1, dynamic adjustment): red when the organ has no
/// published list, amber when nothing on it was published or adjusted in the overview's year.</summary>
public sealed class PowerListUpdatedIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "powerListNotUpdated";

    public string Name => "权责清单未更新";

    public int Order => 700;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var yearStart = ChinaTime.StartOfDayUtc(new DateOnly(query.Year, 1, 1));
        // Adjustments end items and add new ones: an item changed this year (published, ended or
        // added) shows the list was kept current.
        var lists = await db.Set<PowerItem>().AsNoTracking().Where(i => i.PublishedAt != null)
            .GroupBy(i => i.OrganizationId).Select(g => new { OrganizationId = g.Key, Last = g.Max(i => i.UpdatedAt) }).ToDictionaryAsync(g => g.OrganizationId, g => g.Last, ct);
        var result = new Dictionary<int, ComplianceFinding>();
        foreach (var id in query.OrganizationIds)
        {
            var url = $"/admin/power-lists/{id}";
            if (!lists.TryGetValue(id, out var last))
            {
                result[id] = new ComplianceFinding(1, ComplianceLevel.Behind, "尚未公布权责清单", url);
            }
            else if (last < yearStart)
            {
                result[id] = new ComplianceFinding(1, ComplianceLevel.Warning, $"{query.Year}年未调整（最近 {ChinaTime.ToChina(last):yyyy-MM-dd}）", url);
            }
        }

        return result;
    }
}
