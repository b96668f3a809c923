namespace Gongkai.Web.Features.Identity;

/// <summary>三权分立 (GB/T 22239 8.1.5): three administrator duties that no account may combine
/// under the Level3 profile, nor with a business role.</summary>
public static class AdminRoles
{
    /// <summary>系统管理员: staff accounts, organisations, calendar, backups, site settings.</summary>
    public const string System = "SystemAdmin";

    /// <summary>安全管理员: roles, permissions, security policy.</summary>
    public const string Security = "SecurityAdmin";

    /// <summary>审计管理员: reads, exports and verifies the audit log.</summary>
    public const string Audit = "AuditAdmin";

    public static readonly string[] All = [System, Security, Audit];

    public static string DisplayName(string role) => role switch
    {
        System => "系统管理员",
        Security => "安全管理员",
        Audit => "审计管理员",
        _ => role,
    };
}
