namespace Gongkai.Domain.TaskDivision;

/// <summary>Scores a fact-based criterion (an overview indicator used in a rubric): full points when
/// the platform finds nothing behind, half when the finding is only a warning (due soon, stale), none
/// when the organ is behind. The share is the caller's reading of the finding's level.</summary>
public static class IndicatorScorer
{
    public const decimal Clear = 1m;
    public const decimal Warning = 0.5m;
    public const decimal Behind = 0m;

    public static decimal Score(decimal points, decimal share)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        return Math.Round(points * Math.Clamp(share, 0, 1), 2, MidpointRounding.AwayFromZero);
    }
}
