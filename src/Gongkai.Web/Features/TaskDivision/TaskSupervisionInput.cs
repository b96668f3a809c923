namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A 督办 to send: the organ and what it is asked to do.</summary>
public sealed record TaskSupervisionInput(int OrganizationId, string? Message);
