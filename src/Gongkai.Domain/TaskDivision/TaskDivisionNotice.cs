namespace Gongkai.Domain.TaskDivision;

/// <summary>A task-division notice as parsed: title, document number (文号, when the preamble has
/// one), the year the tasks belong to, and the hierarchy key task → sub-task → measure.</summary>
public sealed record TaskDivisionNotice(string Title, string? DocumentNumber, int Year, IReadOnlyList<KeyTask> KeyTasks)
{
    /// <summary>What a table cut off in the copy lost: the incomplete last row and the tasks left
    /// without measures after it, each named with its row. Empty for a whole table.</summary>
    public IReadOnlyList<string> LostRows { get; init; } = [];

    /// <summary>The unit column is headed 责任科室 (处室, 股室): a department's list naming its own
    /// internal sections, which are no organs. They resolve only through saved mappings (a section
    /// named 办公室 must not be taken for the district government's 区政府办公室).</summary>
    public bool UnitsAreSections { get; init; }

    public int SubTaskCount => KeyTasks.Sum(k => k.SubTasks.Count);

    public int MeasureCount => KeyTasks.Sum(k => k.SubTasks.Sum(s => s.Measures.Count));

    public IEnumerable<Measure> Measures => KeyTasks.SelectMany(k => k.SubTasks).SelectMany(s => s.Measures);

    /// <summary>What identifies the notice across imports: its 文号, or else its title and year.</summary>
    public string Identity => DocumentNumber ?? $"{Year}:{Title}";
}
