using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Organizations;

namespace Gongkai.Web.Features.Publications;

/// <summary>Maps the organisation register's kinds onto the domain's disclosure duties.</summary>
public static class OrganKinds
{
    public static OrganKind Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Government => OrganKind.DistrictGovernment,
        OrganizationKind.Department => OrganKind.Department,
        OrganizationKind.Vertical => OrganKind.Vertical,
        OrganizationKind.Town => OrganKind.Town,
        OrganizationKind.Subdistrict => OrganKind.Subdistrict,
        OrganizationKind.Party => OrganKind.Party,
        OrganizationKind.PublicEnterprise => OrganKind.PublicEnterprise,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Party bodies hold no duties under the 《条例》 and get no platform.</summary>
    public static bool HasPlatform(OrganizationKind kind) => kind != OrganizationKind.Party;
}
