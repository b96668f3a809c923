namespace Gongkai.Web.Features.TaskDivision;

/// <summary>One measure of a notice. Key task and sub-task are kept on the measure (number and title)
/// because they carry no state of their own: their progress is rolled up from the measures.</summary>
public sealed class TaskMeasure
{
    public int Id { get; set; }

    public int NoticeId { get; set; }

    public int KeyTaskNumber { get; set; }

    public required string KeyTaskTitle { get; set; }

    public int SubTaskNumber { get; set; }

    public required string SubTaskTitle { get; set; }

    public int Number { get; set; }

    /// <summary>一/（一）/1: stable across re-imports of the same notice.</summary>
    public required string Path { get; set; }

    public required string Text { get; set; }

    /// <summary>The lead and responsible cells as written in the notice, 、-joined.</summary>
    public required string LeadUnitsText { get; set; }

    public required string ResponsibleUnitsText { get; set; }

    /// <summary>The time statements found in the text, as codes (date:2020-10-30, recurring:Month …), space-separated.</summary>
    public required string DeadlineCodes { get; set; }

    /// <summary>The time statements in Chinese, 、-joined, for tables and exports.</summary>
    public required string DeadlineText { get; set; }

    public DateOnly DueDate { get; set; }

    /// <summary>Set when the district office edited the due date by hand; a re-import then keeps
    /// <see cref="DueDate"/> instead of overwriting it with the parsed date.</summary>
    public DateTimeOffset? DueDateEditedAt { get; set; }

    public Guid? DueDateEditedBy { get; set; }

    public string? DueDateEditReason { get; set; }

    public DateTimeOffset? SignedOffAt { get; set; }

    public Guid? SignedOffBy { get; set; }

    public List<TaskAssignment> Assignments { get; set; } = [];
}
