using Gongkai.Domain.Organizations;
using Gongkai.Domain.Publications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>When an organ's report on a year must be public (REGULATIONS.md §2, Art. 49): county
/// departments by 31 January, the county government (its 主管部门 publishing it) by 31 March. Towns
/// and subdistricts are set locally (UNCONFIRMED for Jiangjin; default 31 January). All three are
/// settings (<see cref="ReportDeadlineSettings"/>), so a district can follow its own notices.</summary>
public static class ReportDeadlines
{
    public static DateOnly For(int reportYear, bool isGovernment) =>
        For(reportYear, isGovernment ? OrganizationKind.Government : OrganizationKind.Department, ReportDeadlineSettings.Default);

    /// <summary>The deadline in the year after the report year; a 29 February in a common year is the 28th.</summary>
    public static DateOnly For(int reportYear, OrganizationKind kind, ReportDeadlineSettings settings)
    {
        var (month, day) = settings.For(kind);
        var year = reportYear + 1;
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>Late when the deadline has passed without the report being published.</summary>
    public static bool IsLate(int reportYear, bool isGovernment, DateOnly today, DateOnly? publishedOn) =>
        IsLate(For(reportYear, isGovernment), today, publishedOn);

    public static bool IsLate(DateOnly deadline, DateOnly today, DateOnly? publishedOn) =>
        publishedOn is { } on ? on > deadline : today > deadline;
}
