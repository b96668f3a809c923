using Gongkai.Web.Features.Compliance;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>The annual report whose deadline falls in the overview's year (the report on the year
/// before, due by 1月31日 / 3月31日 under Art. 49 or the district's dates): red when the deadline
/// passed unpublished, amber when published late or due within <see cref="DueSoonDays"/> days.</summary>
public sealed class AnnualReportIndicator(AnnualReportService reports) : IComplianceIndicator
{
    public const int DueSoonDays = 30;

    public string Key => "annualReport";

    public string Name => "年度报告";

    public int Order => 500;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var reportYear = query.Year - 1;
        var rows = await reports.StatusesAsync(reportYear, query.OrganizationIds.ToHashSet(), ct);
        var result = new Dictionary<int, ComplianceFinding>();
        foreach (var r in rows)
        {
            var published = r.Status == AnnualReportStatus.Published && r.PublishedOn <= query.AsOf;
            var late = published ? r.PublishedOn > r.Deadline : query.AsOf > r.Deadline;
            var status = published ? AnnualReportStatus.Published : r.Status == AnnualReportStatus.Published ? AnnualReportStatus.InReview : r.Status;
            var detail = $"{reportYear}年度报告：{AnnualReportLabels.Of(status, late)}，期限 {r.Deadline:yyyy-MM-dd}";
            var level = published ? (late ? ComplianceLevel.Warning : ComplianceLevel.Ok)
                : late ? ComplianceLevel.Behind
                : r.Deadline.DayNumber - query.AsOf.DayNumber <= DueSoonDays ? ComplianceLevel.Warning
                : ComplianceLevel.Ok;
            result[r.OrganizationId] = new ComplianceFinding(level == ComplianceLevel.Ok ? 0 : 1, level, detail, $"/admin/annual-reports/{r.OrganizationId}/{reportYear}");
        }

        return result;
    }
}
