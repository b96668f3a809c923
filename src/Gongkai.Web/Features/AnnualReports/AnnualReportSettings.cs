using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>The district's annual-report deadlines (one row; absent until first saved, the
/// <see cref="ReportDeadlineSettings.Default"/> dates apply until then). The district office sets
/// them, because the town dates are local and UNCONFIRMED (REGULATIONS.md §2, Art. 49).</summary>
public sealed class AnnualReportSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public int DepartmentMonth { get; set; } = 1;

    public int DepartmentDay { get; set; } = 31;

    public int TownMonth { get; set; } = 1;

    public int TownDay { get; set; } = 31;

    public int GovernmentMonth { get; set; } = 3;

    public int GovernmentDay { get; set; } = 31;

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public ReportDeadlineSettings ToDeadlines() => new(DepartmentMonth, DepartmentDay, TownMonth, TownDay, GovernmentMonth, GovernmentDay);
}
