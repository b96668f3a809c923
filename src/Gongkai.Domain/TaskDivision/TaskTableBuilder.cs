namespace Gongkai.Domain.TaskDivision;

/// <summary>Collects key tasks, sub-tasks and measures row by row and checks the numbering, so that
/// a lost row (一 followed by 三, 1 followed by 3) is reported instead of silently renumbered.
/// Departments' two-level lists (工作任务 → 具体要求) have no sub-tasks: a task written without
/// numbering in the 工作任务 column gets one sub-task of the same title, and a list without any task
/// column gets one key task named after the notice (<paramref name="implicitKeyTask"/>).</summary>
internal sealed class TaskTableBuilder(int year, string? implicitKeyTask = null)
{
    private sealed class Sub(int number, string title, int row, bool implicitSub)
    {
        public int Number { get; } = number;

        public string Title { get; } = title;

        public int Row { get; } = row;

        public bool Implicit { get; } = implicitSub;

        public List<Measure> Measures { get; } = [];

        public bool Unnumbered { get; set; }
    }

    private sealed class Key(int number, string title, int row, bool flat)
    {
        public int Number { get; } = number;

        public string Title { get; } = title;

        public int Row { get; } = row;

        /// <summary>Written without 一、 in a task column: its measures follow without sub-tasks.</summary>
        public bool Flat { get; } = flat;

        public List<Sub> Subs { get; } = [];
    }

    private readonly List<Key> keyTasks = [];
    private (int Number, string Text, bool Unnumbered, NoticeRow Row)? pending;
    private int? rowSequence;
    private int measureCount;

    public bool RowHasMeasure => pending is not null;

    public string LastMeasureText => pending?.Text ?? "";

    /// <summary>Starts a row; <paramref name="sequence"/> is its 序号 cell when it has one.</summary>
    public void BeginRow(int? sequence = null)
    {
        pending = null;
        rowSequence = sequence;
    }

    /// <param name="role">The cell's column when the row lines up with the header, else null
    /// (the cell is then told by its numbering alone).</param>
    public string? Add(string cell, NoticeRow row, NoticeColumnRole? role = null)
    {
        var where = TaskDivisionParser.RowName(row);
        var normalized = TaskDivisionParser.Normalize(cell);
        if (pending is not null)
        {
            return $"{where}在举措之后还有“{TaskDivisionParser.Preview(cell)}”：一行只能有一条举措，单元格可能错位。";
        }

        var key = TaskDivisionParser.KeyTaskPattern().Match(normalized);
        if (key.Success && ChineseNumerals.Parse(key.Groups[1].Value) is { } keyNumber)
        {
            if (keyNumber != keyTasks.Count + 1)
            {
                return $"{where}是重点任务“{ChineseNumerals.Format(keyNumber)}、”，但上一项是“{(keyTasks.Count == 0 ? "（无）" : ChineseNumerals.Format(keyTasks.Count) + "、")}”：中间的重点任务可能丢失。";
            }

            keyTasks.Add(new Key(keyNumber, Rest(cell, key), row.Number, false));
            return null;
        }

        var sub = TaskDivisionParser.SubTaskPattern().Match(normalized);
        if (sub.Success && ChineseNumerals.Parse(sub.Groups[1].Value) is { } subNumber)
        {
            if (keyTasks.Count == 0)
            {
                return $"{where}的二级任务“{TaskDivisionParser.Preview(cell)}”前面没有重点任务（“一、…”）。";
            }

            var subs = keyTasks[^1].Subs;
            if (subNumber != subs.Count + 1)
            {
                return $"{where}是二级任务“（{ChineseNumerals.Format(subNumber)}）”，但重点任务“{keyTasks[^1].Title}”下应为“（{ChineseNumerals.Format(subs.Count + 1)}）”：中间可能缺行。";
            }

            subs.Add(new Sub(subNumber, Rest(cell, sub), row.Number, false));
            return null;
        }

        if (role == NoticeColumnRole.Task)
        {
            // An unnumbered task in the 工作任务 column; the rows below with an empty task cell belong to it.
            keyTasks.Add(new Key(keyTasks.Count + 1, cell.Trim(), row.Number, true));
            return null;
        }

        if (keyTasks.Count == 0 && implicitKeyTask is not null)
        {
            keyTasks.Add(new Key(1, implicitKeyTask, row.Number, true));
        }

        if (keyTasks.Count == 0)
        {
            return $"{where}的举措“{TaskDivisionParser.Preview(cell)}”前面没有重点任务（“一、…”或“工作任务”列中的任务）。";
        }

        var keyTask = keyTasks[^1];
        if (keyTask.Subs.Count == 0)
        {
            // Two-level lists: a flat task, or numbered tasks in a notice that has no sub-tasks at all.
            if (!keyTask.Flat && keyTasks.Any(k => k.Subs.Any(s => !s.Implicit)))
            {
                return $"{where}的举措“{TaskDivisionParser.Preview(cell)}”前面没有二级任务（“（一）…”）。";
            }

            keyTask.Subs.Add(new Sub(1, keyTask.Title, row.Number, true));
        }

        var current = keyTask.Subs[^1];
        var measure = TaskDivisionParser.MeasurePattern().Match(normalized);
        var number = measure.Success ? int.Parse(measure.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : rowSequence;
        if (number is { } n)
        {
            // Numbering restarts under each sub-task, or (departments' lists) runs through the whole list.
            if (current.Unnumbered || (n != current.Measures.Count + 1 && n != measureCount + 1))
            {
                return $"{where}是举措“{n}.”，但二级任务“{current.Title}”下应为第 {current.Measures.Count + 1} 条{(current.Unnumbered ? "（前面已有一段不编号的举措）" : "")}：中间可能缺行。";
            }

            pending = (current.Measures.Count + 1, measure.Success ? Rest(cell, measure) : cell.Trim(), false, row);
            return null;
        }

        if (role == NoticeColumnRole.Measure)
        {
            // A list whose measures are not numbered, one per row under 具体要求.
            pending = (current.Measures.Count + 1, cell.Trim(), false, row);
            return null;
        }

        if (current.Measures.Count > 0)
        {
            return $"{where}的举措“{TaskDivisionParser.Preview(cell)}”没有编号，但二级任务“{current.Title}”已有 {current.Measures.Count} 条举措：请给举措编号（1．2．…）。";
        }

        pending = (1, cell.Trim(), true, row);
        return null;
    }

    public void CompleteMeasure(IReadOnlyList<string> lead, IReadOnlyList<string> responsible, string deadlineText)
    {
        var p = pending!.Value;
        var keyTask = keyTasks[^1];
        var sub = keyTask.Subs[^1];
        var path = $"{ChineseNumerals.Format(keyTask.Number)}/（{ChineseNumerals.Format(sub.Number)}）/{p.Number}";
        var deadlines = DeadlineExtractor.Extract(deadlineText.Length == 0 ? p.Text : p.Text + "；" + deadlineText, year, deadlineText.Length == 0 ? null : deadlineText);
        sub.Measures.Add(new Measure(p.Number, path, p.Text, lead, responsible, deadlines, p.Row.Number));
        sub.Unnumbered = p.Unnumbered;
        measureCount++;
    }

    /// <param name="lost">When the table was cut off: tasks left without measures at its end are
    /// added here (they were cut off with it) instead of being an error.</param>
    public string? Finish(List<string>? lost = null)
    {
        if (lost is not null)
        {
            DropCutOffTail(lost);
        }

        if (keyTasks.Count == 0)
        {
            return "表格有表头，但没有找到任何重点任务（“一、…”）和举措。请检查表格内容是否完整。";
        }

        foreach (var key in keyTasks)
        {
            if (key.Subs.Count == 0)
            {
                return $"重点任务“{ChineseNumerals.Format(key.Number)}、{key.Title}”（表格第 {key.Row} 行）下没有二级任务和举措：该任务的行可能丢失。";
            }

            foreach (var sub in key.Subs.Where(s => s.Measures.Count == 0))
            {
                return $"二级任务“（{ChineseNumerals.Format(sub.Number)}）{TaskDivisionParser.Preview(sub.Title)}”（表格第 {sub.Row} 行）下没有举措：举措单元格可能丢失。";
            }
        }

        return null;
    }

    private void DropCutOffTail(List<string> lost)
    {
        while (keyTasks.Count > 0)
        {
            var key = keyTasks[^1];
            if (key.Subs.Count > 0 && key.Subs[^1].Measures.Count == 0)
            {
                var sub = key.Subs[^1];
                key.Subs.RemoveAt(key.Subs.Count - 1);
                if (!sub.Implicit)
                {
                    lost.Insert(0, $"二级任务“（{ChineseNumerals.Format(sub.Number)}）{TaskDivisionParser.Preview(sub.Title)}”（表格第 {sub.Row} 行）：表格在其举措之前中断");
                }

                continue;
            }

            if (key.Subs.Count == 0)
            {
                keyTasks.RemoveAt(keyTasks.Count - 1);
                lost.Insert(0, $"重点任务“{ChineseNumerals.Format(key.Number)}、{TaskDivisionParser.Preview(key.Title)}”（表格第 {key.Row} 行）：表格在其举措之前中断");
                continue;
            }

            break;
        }
    }

    public IReadOnlyList<KeyTask> KeyTasks() =>
        keyTasks.Select(k => new KeyTask(k.Number, k.Title, k.Subs.Select(s => new SubTask(s.Number, s.Title, s.Measures)).ToList())).ToList();

    /// <summary>The cell's text after its numbering, in the original characters: the match ran on
    /// the NFKC form, which maps the numbering characters one to one, so the index carries over.</summary>
    private static string Rest(string cell, System.Text.RegularExpressions.Match match)
    {
        var original = cell.TrimStart();
        var start = match.Groups[2].Index;
        return start <= original.Length ? original[start..].Trim() : match.Groups[2].Value.Trim();
    }
}
