using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.TaskDivision;

/// <summary>Turns the rows of a task table into key tasks → sub-tasks → measures. The columns are
/// found by the header (<see cref="NoticeHeader"/>: 牵头… / 责任…, 配合…, 责任科室, 时限…) and the unit
/// columns counted from the right, because Word tables put the key task, sub-task and measure in a
/// varying number of cells on the left (merged cells come out as empty cells or go missing). The
/// left cells are told apart by their numbering: 一、 is a key task, （一） a sub-task, 1． or 1. a
/// measure, a bare 1 a 序号, and a lone unnumbered paragraph is the sub-task's single measure. When a
/// row's left cells line up with the header (a web page, a department's own list), an unnumbered
/// cell under 工作任务 starts a task and one under 具体要求 is a measure; such two-level lists get one
/// sub-task per task. A table with only a 责任 column has its units as the lead units. Every
/// rejection names the row and says what was found and what is missing; a last row cut short
/// (the copy ended mid-table) is not a rejection: the rows before it import and it is listed as lost.</summary>
public static partial class TaskDivisionParser
{
    private sealed record Columns(
        int LeadFromRight,
        int? ResponsibleFromRight,
        int? DeadlineFromRight,
        int UnitColumns,
        IReadOnlyList<NoticeColumnRole> LeftRoles,
        string LeadName,
        bool HasTaskColumn);

    public static TaskDivisionParseResult Parse(NoticeSource source, int? year = null, string? title = null)
    {
        var rows = source.Rows.Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        if (rows.Count == 0)
        {
            var lines = source.PreambleLines.Count;
            return TaskDivisionParseResult.Fail(lines == 0
                ? "文件是空的：没有找到任何文字或表格。请上传含“重点任务、贯彻举措、牵头单位、责任单位”表格的任务分工通知。"
                : $"没有找到任务分工表：文件有 {lines} 行文字，但没有表格。需要一张含“贯彻举措（或具体要求）、牵头单位、责任单位（或责任科室）”列的表格。");
        }

        var headerIndex = rows.FindIndex(r => NoticeHeader.IsHeader(r.Cells));
        if (headerIndex < 0)
        {
            return TaskDivisionParseResult.Fail(
                $"找到 {rows.Count} 行表格，但没有表头：缺少“牵头单位”或“责任单位（责任科室）”等单位列，以及“重点任务”或“贯彻举措（具体要求）”列（第一行是“{Preview(string.Join(" | ", rows[0].Cells))}”）。这不像任务分工表。");
        }

        var header = rows[headerIndex].Cells;
        var columns = ReadColumns(header);

        var noticeTitle = title ?? FindTitle(source.PreambleLines);
        var documentNumber = FindDocumentNumber(source.PreambleLines);
        var noticeYear = year ?? FindYear(noticeTitle) ?? FindYear(documentNumber) ?? source.PreambleLines.Select(FindYear).FirstOrDefault(y => y is not null);
        if (noticeYear is null)
        {
            return TaskDivisionParseResult.Fail("无法确定任务分工所属年度：标题和文号中都没有年份（如“2020年政务公开工作要点任务分工”）。请在导入时填写年度。");
        }

        var dataRows = rows.Skip(headerIndex + 1).ToList();
        var (builder, error, failedAt) = Read(dataRows, columns, noticeYear.Value, noticeTitle, cutOff: false);
        var lost = new List<string>();
        // The copy ended inside the last row (fewer cells than the header has): keep what is whole.
        if (error is not null && failedAt == dataRows.Count - 1 && dataRows[^1].Cells.Count < header.Count)
        {
            var cut = dataRows[^1];
            lost.Add($"{RowName(cut)}不完整，只有 {cut.Cells.Count} 个单元格：“{Preview(string.Join(" | ", cut.Cells.Where(c => c.Length > 0)).Replace("\n", "", StringComparison.Ordinal), 60)}”");
            (builder, error, _) = Read(dataRows.Take(dataRows.Count - 1).ToList(), columns, noticeYear.Value, noticeTitle, cutOff: true);
        }

        if (error is not null)
        {
            return TaskDivisionParseResult.Fail(error);
        }

        var structureError = builder.Finish(lost.Count > 0 ? lost : null);
        if (structureError is not null)
        {
            return TaskDivisionParseResult.Fail(structureError);
        }

        return TaskDivisionParseResult.Ok(new TaskDivisionNotice(
            noticeTitle.Length == 0 ? $"{noticeYear}年任务分工" : noticeTitle, documentNumber, noticeYear.Value, builder.KeyTasks())
        { LostRows = lost, UnitsAreSections = SectionPattern().IsMatch(columns.LeadName) });
    }

    private static Columns ReadColumns(IReadOnlyList<string> header)
    {
        var roles = NoticeHeader.Roles(header)!;
        var lead = roles.ToList().IndexOf(NoticeColumnRole.Lead);
        var responsible = roles.ToList().IndexOf(NoticeColumnRole.Responsible);
        var deadline = roles.ToList().IndexOf(NoticeColumnRole.Deadline);
        // One 责任 column and no 牵头 column: the units named there lead (and do) the work.
        var leadColumn = lead >= 0 ? lead : responsible;
        int? responsibleFromRight = lead >= 0 && responsible >= 0 ? header.Count - responsible : null;
        int? deadlineFromRight = deadline >= 0 ? header.Count - deadline : null;
        var unitColumns = Math.Max(header.Count - leadColumn, Math.Max(responsibleFromRight ?? 0, deadlineFromRight ?? 0));
        var leftRoles = roles.Take(header.Count - unitColumns).Where(r => r != NoticeColumnRole.Number).ToList();
        return new Columns(header.Count - leadColumn, responsibleFromRight, deadlineFromRight, unitColumns, leftRoles,
            header[leadColumn].Replace("\n", "", StringComparison.Ordinal).Trim(), roles.Contains(NoticeColumnRole.Task));
    }

    private static (TaskTableBuilder Builder, string? Error, int FailedAt) Read(List<NoticeRow> rows, Columns columns, int year, string title, bool cutOff)
    {
        var builder = new TaskTableBuilder(year, columns.HasTaskColumn ? null : title);
        for (var i = 0; i < rows.Count; i++)
        {
            var error = ReadRow(rows[i], builder, columns);
            if (error is not null)
            {
                return (builder, error, i);
            }
        }

        return (builder, null, -1);
    }

    private static string? ReadRow(NoticeRow row, TaskTableBuilder builder, Columns columns)
    {
        var cells = row.Cells;
        var where = RowName(row);
        var unitColumns = columns.UnitColumns;
        if (cells.Count <= unitColumns)
        {
            return $"{where}只有 {cells.Count} 个单元格（“{Preview(string.Join(" | ", cells))}”），至少应有 {unitColumns + 1} 个：贯彻举措和单位列。单元格可能在复制时丢失，请检查该行。";
        }

        var lead = cells[cells.Count - columns.LeadFromRight];
        var responsible = columns.ResponsibleFromRight is { } r ? cells[cells.Count - r] : "";
        var deadlineText = columns.DeadlineFromRight is { } d ? cells[cells.Count - d] : "";
        // Chinese paragraphs of one cell join without a space (a line wrap in the source is no break).
        var leftCells = cells.Take(cells.Count - unitColumns).Select(c => c.Replace("\n", "", StringComparison.Ordinal).Trim()).ToList();
        // A bare number is the row's 序号, whether or not the header names that column.
        var sequence = leftCells.Where(NoticeCells.IsSequenceNumber).Select(c => int.Parse(c.TrimEnd('.', '．', '、'), CultureInfo.InvariantCulture)).LastOrDefault();
        var taskCells = leftCells.Where(c => !NoticeCells.IsSequenceNumber(c)).ToList();
        // When the left cells line up with the header, each cell's column is known.
        var aligned = taskCells.Count == columns.LeftRoles.Count;
        builder.BeginRow(sequence == 0 ? null : sequence);

        for (var i = 0; i < taskCells.Count; i++)
        {
            if (taskCells[i].Length == 0)
            {
                continue;
            }

            var error = builder.Add(taskCells[i], row, aligned ? columns.LeftRoles[i] : null);
            if (error is not null)
            {
                return error;
            }
        }

        var leadUnits = UnitNames.Split(lead);
        var responsibleUnits = UnitNames.Split(responsible);
        var strange = leadUnits.Concat(responsibleUnits).FirstOrDefault(n => !LooksLikeUnit(n));
        if (strange is not null)
        {
            return $"{where}的单位列里是“{Preview(strange)}”，不像单位名称：单元格可能丢失或错位（举措文字跑到了单位列）。请检查该行。";
        }

        if (!builder.RowHasMeasure)
        {
            if (lead.Length > 0 || responsible.Length > 0)
            {
                return $"{where}有{columns.LeadName}“{Preview(lead.Length > 0 ? lead : responsible)}”，但没有贯彻举措：举措单元格可能丢失。";
            }

            return null;
        }

        if (leadUnits.Count == 0)
        {
            return $"{where}的举措“{Preview(builder.LastMeasureText)}”没有{columns.LeadName}。每条举措都要有{columns.LeadName}；如果单元格丢失，请在原表中补上。";
        }

        builder.CompleteMeasure(leadUnits, responsibleUnits, deadlineText);
        return null;
    }

    private static bool LooksLikeUnit(string name) => NoticeCells.LooksLikeUnit(name);

    internal static string RowName(NoticeRow row) => $"表格第 {row.Number} 行（原文第 {row.Line} 行）";

    internal static string Preview(string text, int length = 30) => text.Length <= length ? text : text[..length] + "…";

    internal static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).TrimStart();

    /// <summary>Whether a row is the table's header (it names a unit column and a task or measure
    /// column); readers of Word, Excel and HTML files use it to tell the preamble from the table.</summary>
    public static bool IsHeaderRow(IEnumerable<string> cells) => NoticeHeader.IsHeader(cells);

    private static string FindTitle(IReadOnlyList<string> preamble)
    {
        if (preamble.Count == 0)
        {
            return "";
        }

        // A web page often puts the 文号 or the date under the title, right above the table.
        var last = preamble.Count - 1;
        while (last > 0 && ((DocumentNumberPattern().IsMatch(preamble[last]) && preamble[last].Length <= 30) || DateLinePattern().IsMatch(preamble[last])))
        {
            last--;
        }

        var title = preamble[last];
        // A long title wraps over two lines in the source; the line before belongs to it unless it
        // is a date, a bracketed note, a 文号 or a sentence.
        if (last > 0)
        {
            var previous = preamble[last - 1];
            if (previous.Length < 30 && !previous.StartsWith('（') && !previous.StartsWith('(')
                && !previous.EndsWith('。') && !previous.EndsWith('：') && !previous.EndsWith(':') && !DateLinePattern().IsMatch(previous)
                && !DocumentNumberPattern().IsMatch(previous) && !previous.Contains('>', StringComparison.Ordinal)
                && !previous.StartsWith("附件", StringComparison.Ordinal))
            {
                title = previous + title;
            }
        }

        return title;
    }

    private static string? FindDocumentNumber(IReadOnlyList<string> preamble) =>
        preamble.Select(l => DocumentNumberPattern().Match(l)).FirstOrDefault(m => m.Success)?.Value;

    private static int? FindYear(string? text)
    {
        var m = text is null ? Match.Empty : YearPattern().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})[、.．]\s*(.*)$", RegexOptions.Singleline)]
    internal static partial Regex KeyTaskPattern();

    [GeneratedRegex(@"^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(.*)$", RegexOptions.Singleline)]
    internal static partial Regex SubTaskPattern();

    [GeneratedRegex(@"^(\d{1,2})\s*[.、]\s*(.*)$", RegexOptions.Singleline)]
    internal static partial Regex MeasurePattern();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex DateLinePattern();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]+[〔\[［(（]\d{4}[〕\]］)）]\d+号")]
    private static partial Regex DocumentNumberPattern();

    [GeneratedRegex(@"科室|处室|股室|内设机构")]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"((?:19|20)\d{2})")]
    private static partial Regex YearPattern();
}
