namespace Gongkai.Web.Features.TaskDivision;

/// <summary>The scoring rubric of one notice for the performance review (绩效考核): how many points
/// each criterion is worth. Points, not percentages, because review schemes allot a fixed number of
/// points to 政务公开 and the office splits them.</summary>
public sealed class TaskAssessmentRubric
{
    public int NoticeId { get; set; }

    /// <summary>Points for measures done (signed off, or reported done) by their due date.</summary>
    public decimal DoneOnTimePoints { get; set; } = 60;

    /// <summary>Points for having filed a report on every measure (and every recurring period).</summary>
    public decimal ReportsFiledPoints { get; set; } = 25;

    /// <summary>Points for reports that carry evidence (links to published items or attachments).</summary>
    public decimal EvidencePoints { get; set; } = 15;

    public DateTimeOffset UpdatedAt { get; set; }
}
