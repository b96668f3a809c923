namespace Gongkai.Domain.TaskDivision;

/// <summary>A key task 一、 of the notice and its sub-tasks.</summary>
public sealed record KeyTask(int Number, string Title, IReadOnlyList<SubTask> SubTasks)
{
    public string Label => ChineseNumerals.Format(Number);
}
