using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>Column “执法决定逾期公开” of the district overview: per organ, the decisions still not
/// public after their due date (red) and those of the year published late (amber).</summary>
public sealed class EnforcementComplianceIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "lateEnforcementDecisions";

    public string Name => "执法决定逾期公开";

    public int Order => 700;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var ids = query.OrganizationIds.ToList();
        var asOf = query.AsOf;
        var overdue = await db.Set<EnforcementDecision>().Where(d => ids.Contains(d.OrganizationId)).OverdueOn(asOf).CountPerOrganAsync(d => d.OrganizationId, ct);
        var (from, to) = (new DateOnly(query.Year, 1, 1), new DateOnly(query.Year + 1, 1, 1));
        var late = await db.Set<EnforcementDecision>()
            .Where(d => ids.Contains(d.OrganizationId) && d.LateWorkingDays > 0 && d.PublishedOn >= from && d.PublishedOn < to && d.PublishedOn <= asOf)
            .CountPerOrganAsync(d => d.OrganizationId, ct);
        var findings = new Dictionary<int, ComplianceFinding>();
        foreach (var id in ids)
        {
            var (o, l) = (overdue.GetValueOrDefault(id), late.GetValueOrDefault(id));
            if (o + l == 0)
            {
                continue;
            }

            var detail = string.Join("；", new[] { o > 0 ? $"{o} 项已过公开期限仍未公开" : null, l > 0 ? $"本年 {l} 项逾期公开" : null }.Where(s => s is not null));
            findings[id] = new ComplianceFinding(o + l, o > 0 ? ComplianceLevel.Behind : ComplianceLevel.Warning, detail, $"{EnforcementUrls.Admin}?organization={id}");
        }

        return findings;
    }
}
