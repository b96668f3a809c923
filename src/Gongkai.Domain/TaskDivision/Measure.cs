namespace Gongkai.Domain.TaskDivision;

/// <summary>One measure (贯彻举措) with its units as written and its time statements.
/// <see cref="Path"/> is 一/（一）/1; <see cref="Row"/> is where it stood in the source.</summary>
public sealed record Measure(
    int Number,
    string Path,
    string Text,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ResponsibleUnits,
    IReadOnlyList<MeasureDeadline> Deadlines,
    int Row)
{
    public DateOnly DueDate => DeadlineExtractor.DueDate(Deadlines);
}
