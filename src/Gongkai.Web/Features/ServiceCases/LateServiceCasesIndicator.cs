using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;

namespace Gongkai.Web.Features.ServiceCases;

/// <summary>The overview's column of 办件 that missed their 承诺办结日期 in the year: finished after
/// it, or still open after it on the day judged.</summary>
public sealed class LateServiceCasesIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "lateServiceCases";

    public string Name => "办件超期";

    public int Order => 700;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(query.Year, 1, 1), new DateOnly(query.Year, 12, 31));
        var organs = query.OrganizationIds.ToList();
        var asOf = query.AsOf;
        var late = await db.Set<ServiceCase>().Where(c => organs.Contains(c.OrganizationId) && c.PromisedOn >= from && c.PromisedOn <= to && c.PromisedOn < asOf
                && (c.FinishedOn == null || c.FinishedOn > c.PromisedOn))
            .CountPerOrganAsync(c => c.OrganizationId, ct);
        return ComplianceFindings.Behind(late, query, count => $"{count} 件办件超过承诺办结日期", _ => "/admin/service-cases");
    }
}
