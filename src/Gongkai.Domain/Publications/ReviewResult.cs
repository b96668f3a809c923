namespace Gongkai.Domain.Publications;

/// <summary>What an approval led to.</summary>
public enum ReviewResult
{
    /// <summary>The item moved on to the next stage.</summary>
    Advanced,

    /// <summary>The final stage approved; the item (or its correction) is public now.</summary>
    Published,

    /// <summary>The final stage approved; the item goes public at its scheduled time.</summary>
    Scheduled,
}
