using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>政府信息公开指南 kept current (seed 五（三）; Art. 22 requires it to be updated promptly):
/// red when the organ has none, amber when it was not updated in the overview's year.</summary>
public sealed class GuideUpdatedIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "guideNotUpdated";

    public string Name => "公开指南未更新";

    public int Order => 400;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var updated = await db.Set<DisclosureGuide>().AsNoTracking().Select(g => new { g.OrganizationId, g.UpdatedAt }).ToDictionaryAsync(g => g.OrganizationId, g => g.UpdatedAt, ct);
        var yearStart = ChinaTime.StartOfDayUtc(new DateOnly(query.Year, 1, 1));
        var result = new Dictionary<int, ComplianceFinding>();
        foreach (var id in query.OrganizationIds)
        {
            var url = $"/admin/guide/{id}";
            if (!updated.TryGetValue(id, out var at))
            {
                result[id] = new ComplianceFinding(1, ComplianceLevel.Behind, "尚未编制政府信息公开指南", url);
            }
            else if (at < yearStart)
            {
                result[id] = new ComplianceFinding(1, ComplianceLevel.Warning, $"{query.Year}年未更新（最近 {ChinaTime.ToChina(at):yyyy-MM-dd}）", url);
            }
        }

        return result;
    }
}
