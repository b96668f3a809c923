namespace Gongkai.Domain.OrganizationFunctions;

/// <summary>下属单位. <see cref="OrganizationId"/> is set when the unit is itself an organ of the
/// directory, so its entry links to that organ's own platform.</summary>
public sealed record SubordinateUnit(string Name, SubordinateKind Kind, string Duties, int? OrganizationId);
