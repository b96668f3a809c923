namespace Gongkai.Web.Features.AnnualReports;

/// <summary>Where an organ's report for a year stands; whether it is late is separate
/// (<see cref="Domain.AnnualReports.ReportDeadlines"/>).</summary>
public enum AnnualReportStatus
{
    /// <summary>未开始: nobody has saved anything for this year.</summary>
    NotStarted,

    /// <summary>编写中.</summary>
    Drafting,

    /// <summary>审核中: its publication is in review (or scheduled).</summary>
    InReview,

    /// <summary>已发布.</summary>
    Published,
}
