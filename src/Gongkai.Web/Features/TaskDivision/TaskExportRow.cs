namespace Gongkai.Web.Features.TaskDivision;

/// <summary>One row of the exported table, in the notice's own layout plus status columns.</summary>
public sealed record TaskExportRow(string KeyTask, string SubTask, string Measure, string Lead, string Responsible, string Deadlines, string DueDate, string Status, int Percent);
