namespace Gongkai.Domain.Organizations;

/// <summary>The result of resolving what a person wrote to one organ: exactly one of
/// <see cref="Id"/> or <see cref="Error"/> is set.</summary>
public sealed record OrganizationMatch(int? Id, string? Error)
{
    public bool Found => Id is not null;

    public static OrganizationMatch Of(int id) => new(id, null);

    public static OrganizationMatch Fail(string error) => new(null, error);
}
