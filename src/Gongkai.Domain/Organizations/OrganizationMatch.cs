namespace Gongkai.Domain.Organizations;

/// <summary>The result of resolving what a person wrote to one organ: exactly one of
/// <see cref="Id"/> or <see cref="Error"/> is set. <see cref="IsAmbiguous"/> tells "which one?"
/// apart from "no such organ", which callers answer differently (400 against 404).</summary>
public sealed record OrganizationMatch(int? Id, string? Error, bool IsAmbiguous = false)
{
    public bool Found => Id is not null;

    public static OrganizationMatch Of(int id) => new(id, null);

    public static OrganizationMatch Fail(string error) => new(null, error);

    public static OrganizationMatch Ambiguous(string error) => new(null, error, IsAmbiguous: true);
}
