using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.TaskDivision;

/// <summary>An organ that task-table names can resolve to, with the group collective terms use.</summary>
public sealed record UnitCandidate(OrganizationCandidate Organization, OrganizationKind Group);
