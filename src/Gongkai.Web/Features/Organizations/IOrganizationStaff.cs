namespace Gongkai.Web.Features.Organizations;

/// <summary>What the organ pages need to know of staff accounts and their roles. Staff accounts and
/// their memberships belong to the Identity feature, which depends on this one (a membership names
/// an organ); so this feature asks through this interface and Identity implements and registers it,
/// keeping the dependency one way.</summary>
public interface IOrganizationStaff
{
    /// <summary>The person is a 系统管理员 (may create, rename, merge and edit every organ).</summary>
    bool IsSystemAdmin { get; }

    /// <summary>The person holds the 机关管理员 role of the organ.</summary>
    Task<bool> IsOrganizationAdminAsync(int organizationId, CancellationToken ct = default);

    /// <summary>The organs of which the person is 机关管理员.</summary>
    Task<IReadOnlySet<int>> AdministeredOrganizationsAsync(CancellationToken ct = default);

    /// <summary>How many staff roles are held in the organ (shown before it is deactivated or merged).</summary>
    Task<int> RoleCountAsync(int organizationId, CancellationToken ct = default);
}
