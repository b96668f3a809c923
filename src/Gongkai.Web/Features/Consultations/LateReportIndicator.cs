using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Consultations;

/// <summary>District overview column "意见采纳情况逾期": consultations closed more than
/// <see cref="ConsultationOptions.ReportDaysAfterClosing"/> days before the day judged without a
/// published 意见采纳情况 report. The same list is on the staff page for the district office.</summary>
public sealed class LateReportIndicator(GongkaiDbContext db, IOptions<ConsultationOptions> options) : IComplianceIndicator
{
    public string Key => "lateConsultationReports";

    public string Name => "意见采纳情况逾期";

    public int Order => 900;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var ids = query.OrganizationIds.ToList();
        var counts = await LateReports.Query(db, query.AsOf, options.Value.ReportDaysAfterClosing)
            .Where(c => ids.Contains(c.OrganizationId))
            .CountPerOrganAsync(c => c.OrganizationId, ct);
        return ComplianceFindings.Behind(counts, query,
            count => $"{count} 次征求意见截止已超过 {options.Value.ReportDaysAfterClosing} 日仍未公布意见采纳情况", _ => ConsultationUrls.Staff + "#late");
    }
}

public static class LateReports
{
    /// <summary>Consultations without a report whose closing date is more than <paramref name="days"/>
    /// days before <paramref name="asOf"/>.</summary>
    public static IQueryable<Consultation> Query(GongkaiDbContext db, DateOnly asOf, int days)
    {
        var closedBefore = asOf.AddDays(-days);
        return db.Set<Consultation>().AsNoTracking().Where(c => c.ReportPublishedAt == null && c.ClosesOn < closedBefore);
    }
}
