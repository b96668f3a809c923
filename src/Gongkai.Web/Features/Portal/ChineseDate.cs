using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Portal;

/// <summary>Dates as Chinese readers write them on government sites: 2026年12月5日.</summary>
public static class ChineseDate
{
    public static string Of(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    public static string Of(DateTimeOffset? at) => at is { } t ? Of(DateOnly.FromDateTime(ChinaTime.ToChina(t).DateTime)) : "";

    /// <summary>The China-time day as ISO 8601 (2026-12-05), the machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Short(DateTimeOffset? at) => at is { } t ? ChinaTime.ToChina(t).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";
}
