namespace Gongkai.Web.Shared;

/// <summary>Times are stored in UTC and shown in China Standard Time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset at) => at.ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The UTC instant a China day begins (00:00 UTC+8), for comparing stored instants with days.</summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    public static string Format(DateTimeOffset? at) =>
        at is null ? "—" : ToChina(at.Value).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
