namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A progress report a responsible organ files on a measure. The latest report per organ
/// is the organ's current status; earlier reports remain as the history the office can read.</summary>
public sealed class TaskProgressReport
{
    public int Id { get; set; }

    public int MeasureId { get; set; }

    public int OrganizationId { get; set; }

    public TaskProgressStatus Status { get; set; }

    public required string Narrative { get; set; }

    /// <summary>Links to items published on the platform or to attachments, one per line.</summary>
    public string Evidence { get; set; } = "";

    public DateOnly ReportedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }
}
