namespace Gongkai.Domain.AnnualReports;

/// <summary>Art. 49: government departments publish the previous year's report by 31 January,
/// county-level governments and above by 31 March. Towns and subdistricts follow the departments'
/// date here (UNCONFIRMED practice; the district office sets its own earlier dates in its notices).</summary>
public static class ReportDeadlines
{
    public static DateOnly For(int reportYear, bool isGovernment) =>
        isGovernment ? new DateOnly(reportYear + 1, 3, 31) : new DateOnly(reportYear + 1, 1, 31);

    /// <summary>Late when the deadline has passed without the report being published.</summary>
    public static bool IsLate(int reportYear, bool isGovernment, DateOnly today, DateOnly? publishedOn) =>
        publishedOn is { } on ? on > For(reportYear, isGovernment) : today > For(reportYear, isGovernment);
}
