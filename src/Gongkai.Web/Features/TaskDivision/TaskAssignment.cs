namespace Gongkai.Web.Features.TaskDivision;

/// <summary>An organ's part in a measure. When the notice names no responsible unit, the lead unit
/// is recorded as responsible too, since then it is the one doing the work.</summary>
public sealed class TaskAssignment
{
    public int Id { get; set; }

    public int MeasureId { get; set; }

    public int OrganizationId { get; set; }

    public TaskAssignmentRole Role { get; set; }
}
