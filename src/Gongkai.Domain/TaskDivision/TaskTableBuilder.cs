namespace Gongkai.Domain.TaskDivision;

/// <summary>Collects key tasks, sub-tasks and measures row by row and checks the numbering, so that
/// a lost row (一 followed by 三, 1 followed by 3) is reported instead of silently renumbered.</summary>
internal sealed class TaskTableBuilder(int year)
{
    private readonly List<(int Number, string Title, int Row, List<(int Number, string Title, int Row, List<Measure> Measures, bool Unnumbered)> Subs)> keyTasks = [];
    private (int Number, string Text, bool Unnumbered, NoticeRow Row)? pending;

    public bool RowHasMeasure => pending is not null;

    public string LastMeasureText => pending?.Text ?? "";

    public void BeginRow() => pending = null;

    public string? Add(string cell, NoticeRow row)
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

            keyTasks.Add((keyNumber, Rest(cell, key), row.Number, []));
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

            subs.Add((subNumber, Rest(cell, sub), row.Number, [], false));
            return null;
        }

        if (keyTasks.Count == 0 || keyTasks[^1].Subs.Count == 0)
        {
            return $"{where}的举措“{TaskDivisionParser.Preview(cell)}”前面没有{(keyTasks.Count == 0 ? "重点任务（“一、…”）" : "二级任务（“（一）…”）")}。";
        }

        var current = keyTasks[^1].Subs[^1];
        var measure = TaskDivisionParser.MeasurePattern().Match(normalized);
        if (measure.Success)
        {
            var number = int.Parse(measure.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (current.Unnumbered || number != current.Measures.Count + 1)
            {
                return $"{where}是举措“{number}.”，但二级任务“{current.Title}”下应为第 {current.Measures.Count + 1} 条{(current.Unnumbered ? "（前面已有一段不编号的举措）" : "")}：中间可能缺行。";
            }

            pending = (number, Rest(cell, measure), false, row);
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
        var index = keyTask.Subs.Count - 1;
        var sub = keyTask.Subs[index];
        var path = $"{ChineseNumerals.Format(keyTask.Number)}/（{ChineseNumerals.Format(sub.Number)}）/{p.Number}";
        var deadlines = DeadlineExtractor.Extract(deadlineText.Length == 0 ? p.Text : p.Text + "；" + deadlineText, year);
        sub.Measures.Add(new Measure(p.Number, path, p.Text, lead, responsible, deadlines, p.Row.Number));
        keyTask.Subs[index] = sub with { Unnumbered = p.Unnumbered };
    }

    public string? Finish()
    {
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
