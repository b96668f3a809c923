namespace Gongkai.Domain.Compliance;

/// <summary>An organ's overview score (0–100): each indicator counts equally; a clear indicator
/// earns its share, one that is only due soon or stale (amber) half of it, one that is behind (red)
/// nothing. An organ with no indicator to judge scores 100: nothing was asked of it.</summary>
public static class ComplianceScore
{
    public static decimal Of(int clear, int warning, int behind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(clear);
        ArgumentOutOfRangeException.ThrowIfNegative(warning);
        ArgumentOutOfRangeException.ThrowIfNegative(behind);
        var total = clear + warning + behind;
        return total == 0 ? 100 : Math.Round(100m * (clear + warning / 2m) / total, 1, MidpointRounding.AwayFromZero);
    }
}
