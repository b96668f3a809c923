namespace Gongkai.Domain.TaskDivision;

/// <summary>One row of the task table as read from the source: <see cref="Number"/> counts data rows
/// from 1 and <see cref="Line"/> is where the row starts in the source (text line, Word table row
/// or Excel row), so that every message can name the row a person must look at.</summary>
public sealed record NoticeRow(int Number, int Line, IReadOnlyList<string> Cells);
