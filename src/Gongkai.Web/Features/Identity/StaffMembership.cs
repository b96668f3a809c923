using Gongkai.Web.Features.Organizations;

namespace Gongkai.Web.Features.Identity;

/// <summary>One business role held by one staff member in one organisation.</summary>
public sealed class StaffMembership
{
    public int Id { get; set; }

    public Guid UserId { get; set; }

    public int OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public BusinessRole Role { get; set; }
}
