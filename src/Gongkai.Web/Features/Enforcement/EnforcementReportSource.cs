using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Enforcement;
using Gongkai.Web.Data;
using Gongkai.Web.Features.AnnualReports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>Table 二 of the annual report (第二十条第（五）、（六）项): the year's 行政许可, 行政处罚 and
/// 行政强制 decisions (本年处理决定数量), counted by decision date. A decision withdrawn as 变更 is
/// left out (its changed decision is entered again and counted once); a revoked one was still made that year.</summary>
public sealed class EnforcementReportSource(GongkaiDbContext db) : IAnnualReportSource
{
    public string Name => "行政执法决定公示记录";

    public async Task ContributeAsync(AnnualReportQuery query, ReportFigures figures, CancellationToken ct)
    {
        var decisions = db.Set<EnforcementDecision>().AsNoTracking()
            .Filtered(null, null, query.Year)
            .Where(d => d.WithdrawalKind == null || d.WithdrawalKind != WithdrawalKind.Changed)
            .Where(d => d.Category == EnforcementCategory.Licence || d.Category == EnforcementCategory.Penalty || d.Category == EnforcementCategory.Coercion);
        if (query.OrganizationIds is { } ids)
        {
            decisions = decisions.Where(d => ids.Contains(d.OrganizationId));
        }

        var counts = await decisions.GroupBy(d => d.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        figures.Add(new CellKey(ProactiveTableKeys.Item5, ProactiveTableKeys.Licence, ProactiveTableKeys.Decisions), counts.GetValueOrDefault(EnforcementCategory.Licence), Name);
        figures.Add(new CellKey(ProactiveTableKeys.Item6, ProactiveTableKeys.Penalty, ProactiveTableKeys.Decisions), counts.GetValueOrDefault(EnforcementCategory.Penalty), Name);
        figures.Add(new CellKey(ProactiveTableKeys.Item6, ProactiveTableKeys.Coercion, ProactiveTableKeys.Decisions), counts.GetValueOrDefault(EnforcementCategory.Coercion), Name);
    }
}
