namespace Gongkai.Domain.Publications;

public enum TimelinessStatus
{
    OnTime,

    /// <summary>Not yet published and the deadline is close.</summary>
    AtRisk,

    Late,
}
