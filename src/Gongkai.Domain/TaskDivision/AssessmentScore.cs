namespace Gongkai.Domain.TaskDivision;

/// <summary>An organ's score with its breakdown, rounded to two decimals.</summary>
public sealed record AssessmentScore(decimal DoneOnTime, decimal ReportsFiled, decimal Evidence)
{
    public decimal Total => DoneOnTime + ReportsFiled + Evidence;
}
