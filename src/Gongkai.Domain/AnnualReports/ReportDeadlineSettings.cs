using Gongkai.Domain.Organizations;
using Gongkai.Domain.Publications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>The month and day (of the year after the report year) by which each kind of organ
/// publishes its report. Defaults: departments 1-31 and the district government 3-31 (Art. 49,
/// CONFIRMED); towns and subdistricts 1-31 (set locally, UNCONFIRMED). Vertical organs follow the
/// departments.</summary>
public sealed record ReportDeadlineSettings(int DepartmentMonth, int DepartmentDay, int TownMonth, int TownDay, int GovernmentMonth, int GovernmentDay)
{
    public static ReportDeadlineSettings Default { get; } = new(1, 31, 1, 31, 3, 31);

    public (int Month, int Day) For(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Government => (GovernmentMonth, GovernmentDay),
        OrganizationKind.Town or OrganizationKind.Subdistrict => (TownMonth, TownDay),
        _ => (DepartmentMonth, DepartmentDay),
    };

    /// <summary>Null when every date is a real month-day (29 February allowed), else the first problem in Chinese.</summary>
    public string? Problem()
    {
        foreach (var (name, month, day) in new[] { ("区政府部门", DepartmentMonth, DepartmentDay), ("镇（街道）", TownMonth, TownDay), ("区人民政府", GovernmentMonth, GovernmentDay) })
        {
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
            {
                return $"{name}的年度报告公布期限（{month}月{day}日）不是有效日期。";
            }
        }

        return null;
    }
}
