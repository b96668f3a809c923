namespace Gongkai.Domain.TaskDivision;

/// <summary>Where one measure stands: its place in the tree, the share of its work done (0..1) and
/// whether it is finished (signed off by the lead unit, or every responsible organ reported done).</summary>
public sealed record MeasureProgress(int KeyTask, int SubTask, int Measure, double Progress, bool Done, DateOnly DueDate);
