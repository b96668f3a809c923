namespace Gongkai.Domain.TaskDivision;

/// <summary>A notice as read from a file, before any interpretation: the text before the table
/// (title, document number, date) and the table rows, the header row included.</summary>
public sealed record NoticeSource(IReadOnlyList<string> PreambleLines, IReadOnlyList<NoticeRow> Rows);
