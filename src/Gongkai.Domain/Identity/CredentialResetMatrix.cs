namespace Gongkai.Domain.Identity;

/// <summary>Who may reset whose password or second factor (三权分立, SECURITY.md §1.2 and S3; GB/T 22239
/// 8.1.4.2 d "实现管理用户的权限分离", 8.1.5). A reset hands over an account, so it must never let one
/// administrator duty take over another, nor the audited take over their auditor:
/// <list type="table">
/// <listheader><term>account whose credentials are reset</term><description>the only duty that may reset it</description></listheader>
/// <item><term>business staff (no administrator duty)</term><description>系统管理员: staff accounts are its duty (§1.2)</description></item>
/// <item><term>系统管理员</term><description>安全管理员</description></item>
/// <item><term>安全管理员</term><description>系统管理员</description></item>
/// <item><term>审计管理员</term><description>安全管理员: authentication is its duty; never the 系统管理员, whose
/// account management is what the auditor reviews most</description></item>
/// </list>
/// Nobody resets their own credentials here (they change them on their own security page), and the
/// 审计管理员 resets nobody (it changes no data, §1.2).</summary>
public static class CredentialResetMatrix
{
    public const string System = "SystemAdmin";
    public const string Security = "SecurityAdmin";
    public const string Audit = "AuditAdmin";

    /// <summary>The administrator duty that may reset an account holding <paramref name="targetAdminRoles"/>.</summary>
    public static string ResetterFor(IReadOnlyCollection<string> targetAdminRoles) =>
        targetAdminRoles.Contains(System) ? Security
        : targetAdminRoles.Contains(Security) ? System
        : targetAdminRoles.Contains(Audit) ? Security
        : System;

    /// <summary>Why the reset is refused, or null when it is allowed.</summary>
    public static string? Check(IReadOnlyCollection<string> actorAdminRoles, IReadOnlyCollection<string> targetAdminRoles, bool isSelf)
    {
        ArgumentNullException.ThrowIfNull(actorAdminRoles);
        ArgumentNullException.ThrowIfNull(targetAdminRoles);
        if (isSelf)
        {
            return "不能在此重置自己的密码或第二因素，请在“账户安全”中自行修改。";
        }

        var needed = ResetterFor(targetAdminRoles);
        if (actorAdminRoles.Contains(needed))
        {
            return null;
        }

        return $"三权分立：{DescribeTarget(targetAdminRoles)}的密码和第二因素只能由{Name(needed)}重置，您无权操作。";
    }

    private static string DescribeTarget(IReadOnlyCollection<string> roles) =>
        roles.Contains(System) ? "系统管理员" : roles.Contains(Security) ? "安全管理员" : roles.Contains(Audit) ? "审计管理员" : "业务人员";

    private static string Name(string role) => role switch
    {
        System => "系统管理员",
        Security => "安全管理员",
        _ => "审计管理员",
    };
}
