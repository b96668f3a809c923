namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A progress report as submitted: the reporting organ, status (notStarted / inProgress /
/// done, or 未开始 / 推进中 / 已完成), narrative, evidence links (one per line) and the report date.</summary>
public sealed record TaskProgressInput(int OrganizationId, string? Status, string? Narrative, string? Evidence, DateOnly? ReportedOn);
