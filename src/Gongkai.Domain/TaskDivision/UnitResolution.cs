namespace Gongkai.Domain.TaskDivision;

/// <summary>The organs a unit cell names (collective terms expanded, in the order written, without
/// duplicates) and the names that matched no organ, which an administrator must map.</summary>
public sealed record UnitResolution(IReadOnlyList<int> OrganizationIds, IReadOnlyList<string> Unresolved);
