namespace Gongkai.Domain.TaskDivision;

/// <summary>A sub-task （一） of a key task and its measures.</summary>
public sealed record SubTask(int Number, string Title, IReadOnlyList<Measure> Measures)
{
    public string Label => $"（{ChineseNumerals.Format(Number)}）";
}
