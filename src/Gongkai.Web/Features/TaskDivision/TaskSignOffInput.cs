namespace Gongkai.Web.Features.TaskDivision;

/// <summary>The lead organ on whose behalf a measure is signed off.</summary>
public sealed record TaskSignOffInput(int OrganizationId);
