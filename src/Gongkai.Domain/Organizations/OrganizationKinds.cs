namespace Gongkai.Domain.Organizations;

/// <summary>What an organ's kind means for its disclosure platform.</summary>
public static class OrganizationKinds
{
    /// <summary>Party bodies hold no duties under the 《条例》 and get no platform.</summary>
    public static bool HasPlatform(OrganizationKind kind) => kind != OrganizationKind.Party;
}
