namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A fact-based criterion of a notice's rubric: an overview indicator
/// (<see cref="Compliance.IComplianceIndicator.Key"/>, e.g. <c>overdueApplications</c>) worth
/// <see cref="Points"/>, scored next to the self-reported criteria of <see cref="TaskAssessmentRubric"/>
/// from what the platform itself knows about the organ in the notice's year.</summary>
public sealed class TaskAssessmentCriterion
{
    public int Id { get; set; }

    public int NoticeId { get; set; }

    public required string IndicatorKey { get; set; }

    public decimal Points { get; set; }
}
