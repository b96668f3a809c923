using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Portal;

/// <summary>Dates as Chinese readers write them on government sites: 2026年12月5日.</summary>
public static class ChineseDate
{
    public static string Of(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    public static string Of(DateTimeOffset? at) => at is { } t ? Of(DateOnly.FromDateTime(ChinaTime.ToChina(t).DateTime)) : "";

    /// <summary>The short form used in lists, e.g. 12-05 beside a title, with the year when it differs.</summary>
    public static string Short(DateTimeOffset? at) => at is { } t ? ChinaTime.ToChina(t).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";
}
