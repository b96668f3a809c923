namespace Gongkai.Domain.Organizations;

/// <summary>What the resolver needs to know of one organ.</summary>
public sealed record OrganizationCandidate(int Id, string Name, string ShortName, bool IsActive, IReadOnlyList<string> FormerNames);
