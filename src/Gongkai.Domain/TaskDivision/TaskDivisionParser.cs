using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.TaskDivision;

/// <summary>Turns the rows of a task table into key tasks → sub-tasks → measures. The unit columns
/// are found by the header (牵头… / 责任…, 配合…) and counted from the right, because Word tables put
/// the key task, sub-task and measure in a varying number of cells on the left (merged cells come
/// out as empty cells or go missing). The left cells are told apart by their numbering: 一、 is a key
/// task, （一） a sub-task, 1． or 1. a measure, and a lone unnumbered paragraph is the sub-task's
/// single measure. Every rejection names the row and says what was found and what is missing.</summary>
public static partial class TaskDivisionParser
{
    private const int MaxUnitNameLength = 30;

    public static TaskDivisionParseResult Parse(NoticeSource source, int? year = null, string? title = null)
    {
        var rows = source.Rows.Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        if (rows.Count == 0)
        {
            var lines = source.PreambleLines.Count;
            return TaskDivisionParseResult.Fail(lines == 0
                ? "文件是空的：没有找到任何文字或表格。请上传含“重点任务、贯彻举措、牵头单位、责任单位”表格的任务分工通知。"
                : $"没有找到任务分工表：文件有 {lines} 行文字，但没有表格。需要一张含“贯彻举措、牵头单位、责任单位”列的表格。");
        }

        var headerIndex = rows.FindIndex(r => r.Cells.Any(IsLeadHeader) && r.Cells.Any(IsResponsibleHeader));
        if (headerIndex < 0)
        {
            return TaskDivisionParseResult.Fail(
                $"找到 {rows.Count} 行表格，但没有表头：缺少“牵头单位”和“责任单位”两列（第一行是“{Preview(string.Join(" | ", rows[0].Cells))}”）。这不像任务分工表。");
        }

        var header = rows[headerIndex].Cells;
        var leadFromRight = header.Count - FindIndex(header, IsLeadHeader);
        var responsibleFromRight = header.Count - FindIndex(header, IsResponsibleHeader);
        var deadlineColumn = FindIndex(header, IsDeadlineHeader);
        int? deadlineFromRight = deadlineColumn >= 0 ? header.Count - deadlineColumn : null;
        var unitColumns = Math.Max(leadFromRight, Math.Max(responsibleFromRight, deadlineFromRight ?? 0));

        var noticeTitle = title ?? FindTitle(source.PreambleLines);
        var documentNumber = FindDocumentNumber(source.PreambleLines);
        var noticeYear = year ?? FindYear(noticeTitle) ?? FindYear(documentNumber) ?? source.PreambleLines.Select(FindYear).FirstOrDefault(y => y is not null);
        if (noticeYear is null)
        {
            return TaskDivisionParseResult.Fail("无法确定任务分工所属年度：标题和文号中都没有年份（如“2020年政务公开工作要点任务分工”）。请在导入时填写年度。");
        }

        var builder = new TaskTableBuilder(noticeYear.Value);
        foreach (var row in rows.Skip(headerIndex + 1))
        {
            var error = ReadRow(row, builder, leadFromRight, responsibleFromRight, deadlineFromRight, unitColumns);
            if (error is not null)
            {
                return TaskDivisionParseResult.Fail(error);
            }
        }

        var structureError = builder.Finish();
        if (structureError is not null)
        {
            return TaskDivisionParseResult.Fail(structureError);
        }

        return TaskDivisionParseResult.Ok(new TaskDivisionNotice(
            noticeTitle.Length == 0 ? $"{noticeYear}年任务分工" : noticeTitle, documentNumber, noticeYear.Value, builder.KeyTasks()));
    }

    private static string? ReadRow(NoticeRow row, TaskTableBuilder builder, int leadFromRight, int responsibleFromRight, int? deadlineFromRight, int unitColumns)
    {
        var cells = row.Cells;
        var where = RowName(row);
        if (cells.Count <= unitColumns)
        {
            return $"{where}只有 {cells.Count} 个单元格（“{Preview(string.Join(" | ", cells))}”），至少应有 {unitColumns + 1} 个：贯彻举措、牵头单位和责任单位。单元格可能在复制时丢失，请检查该行。";
        }

        var lead = cells[cells.Count - leadFromRight];
        var responsible = cells[cells.Count - responsibleFromRight];
        var deadlineText = deadlineFromRight is { } d ? cells[cells.Count - d] : "";
        // Chinese paragraphs of one cell join without a space (a line wrap in the source is no break).
        var taskCells = cells.Take(cells.Count - unitColumns).Select(c => c.Replace("\n", "", StringComparison.Ordinal).Trim()).Where(c => c.Length > 0).ToList();
        builder.BeginRow();

        foreach (var cell in taskCells)
        {
            var error = builder.Add(cell, row);
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
                return $"{where}有牵头单位“{Preview(lead)}”，但没有贯彻举措：举措单元格可能丢失。";
            }

            return null;
        }

        if (leadUnits.Count == 0)
        {
            return $"{where}的举措“{Preview(builder.LastMeasureText)}”没有牵头单位。每条举措都要有牵头单位；如果单元格丢失，请在原表中补上。";
        }

        builder.CompleteMeasure(leadUnits, responsibleUnits, deadlineText);
        return null;
    }

    private static bool LooksLikeUnit(string name) =>
        name.Length <= MaxUnitNameLength && !name.Contains('。', StringComparison.Ordinal)
        && !KeyTaskPattern().IsMatch(name) && !SubTaskPattern().IsMatch(name) && !MeasurePattern().IsMatch(Normalize(name));

    internal static string RowName(NoticeRow row) => $"表格第 {row.Number} 行（原文第 {row.Line} 行）";

    internal static string Preview(string text) => text.Length <= 30 ? text : text[..30] + "…";

    internal static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).TrimStart();

    private static int FindIndex(IReadOnlyList<string> cells, Func<string, bool> test)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (test(cells[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a row is the table's header (it names a lead and a responsible column);
    /// readers of Word and Excel files use it to tell the preamble from the table.</summary>
    public static bool IsHeaderRow(IEnumerable<string> cells)
    {
        var list = cells.ToList();
        return list.Any(IsLeadHeader) && list.Any(IsResponsibleHeader);
    }

    private static bool IsLeadHeader(string cell) => cell.Contains("牵头", StringComparison.Ordinal) || cell.Contains("主办", StringComparison.Ordinal);

    private static bool IsResponsibleHeader(string cell) =>
        !IsLeadHeader(cell) && (cell.Contains("责任", StringComparison.Ordinal) || cell.Contains("配合", StringComparison.Ordinal)
            || cell.Contains("参与", StringComparison.Ordinal) || cell.Contains("协办", StringComparison.Ordinal));

    private static bool IsDeadlineHeader(string cell) =>
        cell.Contains("时限", StringComparison.Ordinal) || cell.Contains("完成时间", StringComparison.Ordinal) || cell.Contains("期限", StringComparison.Ordinal);

    private static string FindTitle(IReadOnlyList<string> preamble)
    {
        if (preamble.Count == 0)
        {
            return "";
        }

        var title = preamble[^1];
        // A long title wraps over two lines in the source; the line before belongs to it unless it
        // is a date, a bracketed note or a sentence.
        if (preamble.Count > 1)
        {
            var previous = preamble[^2];
            if (previous.Length < 30 && !previous.StartsWith('（') && !previous.StartsWith('(')
                && !previous.EndsWith('。') && !previous.EndsWith('：') && !DateLinePattern().IsMatch(previous))
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

    [GeneratedRegex(@"((?:19|20)\d{2})")]
    private static partial Regex YearPattern();
}
