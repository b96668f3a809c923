namespace Gongkai.Domain.Identity;

/// <summary>三权分立 (GB/T 22239 8.1.5, 8.1.7): system, security and audit administration are held
/// by three different accounts, none of which also holds a business role.</summary>
public static class DutySeparation
{
    /// <summary>Returns why the grant is refused, or null when it is allowed.</summary>
    public static string? CheckAdminGrant(IReadOnlyCollection<string> currentAdminRoles, bool hasBusinessRoles, string newRole)
    {
        if (currentAdminRoles.Any(r => r != newRole))
        {
            return "同一账户不能兼任系统管理员、安全管理员、审计管理员中的两项（三权分立）。";
        }

        return hasBusinessRoles ? "管理员账户不能同时担任业务角色。" : null;
    }

    public static string? CheckBusinessGrant(IReadOnlyCollection<string> currentAdminRoles) =>
        currentAdminRoles.Count > 0 ? "管理员账户不能同时担任业务角色，请为业务工作另建账户。" : null;
}
