namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A unit name from a notice and the organ (id, full or short name) it stands for.</summary>
public sealed record TaskUnitMappingInput(string? Name, string? Organization);
