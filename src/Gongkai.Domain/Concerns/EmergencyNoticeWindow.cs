namespace Gongkai.Domain.Concerns;

/// <summary>When a front-page emergency notice (突发事件、疫情) is shown: from its start, until its
/// end (exclusive). A notice without an end stays until the district office ends it.</summary>
public static class EmergencyNoticeWindow
{
    public static bool IsActive(DateTimeOffset startsAt, DateTimeOffset? endsAt, DateTimeOffset now) =>
        startsAt <= now && (endsAt is null || now < endsAt);

    /// <summary>A Chinese message when the window is impossible, null when it is fine.</summary>
    public static string? Check(DateTimeOffset startsAt, DateTimeOffset? endsAt) =>
        endsAt is { } end && end <= startsAt ? "结束时间必须晚于开始时间。" : null;
}
