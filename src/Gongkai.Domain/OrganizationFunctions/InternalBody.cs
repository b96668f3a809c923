namespace Gongkai.Domain.OrganizationFunctions;

/// <summary>内设机构: an internal body of the organ, its duties and a public office phone.</summary>
public sealed record InternalBody(string Name, string Duties, string? Phone);
