namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A due date to set by hand, and why.</summary>
public sealed record TaskDueDateInput(DateOnly? DueOn, string? Reason);
