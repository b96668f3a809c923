using System.Globalization;

namespace Gongkai.Web.Features.Audit;

/// <summary>Shows audit times as staff read them: Beijing time (UTC+8, no daylight saving).</summary>
public static class AuditDisplay
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string ChinaTime(DateTimeOffset at) =>
        at.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary>UTC instant of 00:00 China time on <paramref name="day"/>; offset zero because
    /// Npgsql accepts only UTC values for timestamptz.</summary>
    public static DateTimeOffset StartOfChinaDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaOffset).ToUniversalTime();

    public static string Result(bool success) => success ? "成功" : "失败";
}
