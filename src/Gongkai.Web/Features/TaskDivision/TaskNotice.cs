namespace Gongkai.Web.Features.TaskDivision;

/// <summary>An imported task-division notice. <see cref="Identity"/> (its 文号, or year and title)
/// makes a second import of the same notice update it instead of creating another.</summary>
public sealed class TaskNotice
{
    public int Id { get; set; }

    public required string Identity { get; set; }

    public required string Title { get; set; }

    public string? DocumentNumber { get; set; }

    public int Year { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<TaskMeasure> Measures { get; set; } = [];
}
