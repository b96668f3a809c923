using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>What a source is asked for: the organs (null: every organ, for the district-wide
/// total), the report year (China time, 1 January to 31 December) and the year's template.</summary>
public sealed record AnnualReportQuery(IReadOnlyCollection<int>? OrganizationIds, int Year, ReportTemplate Template)
{
    /// <summary>First instant of the year in China time, as UTC.</summary>
    public DateTimeOffset Start => new DateTimeOffset(Year, 1, 1, 0, 0, 0, Shared.ChinaTime.Offset).ToUniversalTime();

    /// <summary>First instant of the next year in China time, as UTC.</summary>
    public DateTimeOffset End => new DateTimeOffset(Year + 1, 1, 1, 0, 0, 0, Shared.ChinaTime.Offset).ToUniversalTime();

    public bool Includes(int organizationId) => OrganizationIds is null || OrganizationIds.Contains(organizationId);
}
