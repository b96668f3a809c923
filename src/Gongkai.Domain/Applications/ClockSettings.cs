namespace Gongkai.Domain.Applications;

/// <summary>The two points of the clock the law leaves open (REGULATIONS.md §2.1–2.2).</summary>
/// <param name="PauseWhileFeeNoticeOpen">Whether the reply clock stops between a fee notice and
/// payment. UNCONFIRMED in the sources; paused by default.</param>
public sealed record ClockSettings(bool PauseWhileFeeNoticeOpen = true)
{
    public static ClockSettings Default { get; } = new();
}
