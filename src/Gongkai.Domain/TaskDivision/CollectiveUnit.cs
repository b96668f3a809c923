using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.TaskDivision;

/// <summary>A collective term a task table uses instead of naming organs, and which kinds of organ it
/// stands for. 各有关单位 has no fixed membership in law; it is taken as the district's departments
/// and vertically-managed agencies, and the lead unit narrows it when it signs the measure off.</summary>
public sealed record CollectiveUnit(string Term, IReadOnlyList<OrganizationKind> Groups);
