namespace Gongkai.Web.Features.Organizations;

/// <summary>What a staff member may change of one organ.</summary>
public enum OrganizationEditScope
{
    /// <summary>Neither read nor change: another organ's admin data.</summary>
    None,

    /// <summary>The organ's own administrator: disclosure office contact and leader filing only.</summary>
    ContactAndLeader,

    /// <summary>System administrator: every field, and create, rename, merge, deactivate.</summary>
    Everything,
}
