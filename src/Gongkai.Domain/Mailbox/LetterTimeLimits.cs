namespace Gongkai.Domain.Mailbox;

/// <summary>The mailbox's time limits in working days. Only the 10-working-day reply of the 2005
/// Chongqing scheme is confirmed (REGULATIONS.md §7.4); the current rules' limits are not, so every
/// limit is a setting, per letter type.</summary>
public sealed record LetterTimeLimits
{
    public int SignOffWorkingDays { get; init; } = 1;

    public int ReplyWorkingDays { get; init; } = 10;

    /// <summary>Per-type overrides (code → days), e.g. <c>consultation: 5</c>.</summary>
    public IReadOnlyDictionary<LetterType, int> SignOffByType { get; init; } = new Dictionary<LetterType, int>();

    public IReadOnlyDictionary<LetterType, int> ReplyByType { get; init; } = new Dictionary<LetterType, int>();

    /// <summary>The one extension's length (《管理办法》: 特殊情况 … 经批准可延期一次).</summary>
    public int ExtensionWorkingDays { get; init; } = 10;

    /// <summary>A deadline this many working days away or nearer is "due soon".</summary>
    public int DueSoonWorkingDays { get; init; } = 2;

    public int SignOff(LetterType type) => Clamp(SignOffByType.GetValueOrDefault(type, SignOffWorkingDays));

    public int Reply(LetterType type) => Clamp(ReplyByType.GetValueOrDefault(type, ReplyWorkingDays));

    private static int Clamp(int days) => Math.Clamp(days, 1, 120);
}
