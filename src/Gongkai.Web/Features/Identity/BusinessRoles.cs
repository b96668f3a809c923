namespace Gongkai.Web.Features.Identity;

public static class BusinessRoles
{
    public static string DisplayName(BusinessRole role) => role switch
    {
        BusinessRole.OrganizationAdmin => "机关管理员",
        BusinessRole.Editor => "信息编辑",
        BusinessRole.Reviewer => "信息审核",
        BusinessRole.CaseHandler => "依申请公开经办",
        BusinessRole.Supervisor => "督查（全区只读）",
        _ => role.ToString(),
    };
}
