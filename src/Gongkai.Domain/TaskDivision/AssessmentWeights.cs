namespace Gongkai.Domain.TaskDivision;

/// <summary>Points per criterion of a notice's scoring rubric.</summary>
public sealed record AssessmentWeights(decimal DoneOnTime, decimal ReportsFiled, decimal Evidence)
{
    public decimal Total => DoneOnTime + ReportsFiled + Evidence;

    /// <summary>Why the weights cannot be used, or null.</summary>
    public string? Check() =>
        DoneOnTime < 0 || ReportsFiled < 0 || Evidence < 0 ? "各项分值不能为负数。"
        : Total <= 0 ? "各项分值之和应大于 0。"
        : Total > 1000 ? "各项分值之和不能超过 1000。"
        : null;
}
