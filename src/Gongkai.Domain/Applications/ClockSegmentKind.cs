namespace Gongkai.Domain.Applications;

/// <summary>How a run of days was treated by the reply clock.</summary>
public enum ClockSegmentKind
{
    Counted,
    Skipped,
    Paused,
}
