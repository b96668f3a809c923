namespace Gongkai.Domain.TaskDivision;

/// <summary>One node of the progress tree (notice, key task, sub-task or measure).</summary>
public sealed record ProgressNode(
    int Number,
    double Progress,
    int Measures,
    int DoneMeasures,
    int OverdueMeasures,
    int AtRiskMeasures,
    ProgressState State,
    IReadOnlyList<ProgressNode> Children)
{
    /// <summary>Progress as a whole percentage for bars and tables.</summary>
    public int Percent => (int)Math.Round(Progress * 100, MidpointRounding.AwayFromZero);
}
