namespace Gongkai.Web.Features.Identity;

/// <summary>Roles a staff member holds within one organisation.</summary>
public enum BusinessRole
{
    /// <summary>机关管理员: the organ's own settings, contacts and staff view.</summary>
    OrganizationAdmin,

    /// <summary>编辑: drafts publications.</summary>
    Editor,

    /// <summary>审核人: reviews publications.</summary>
    Reviewer,

    /// <summary>经办人: handles disclosure applications.</summary>
    CaseHandler,

    /// <summary>督查 (district office): reads everything, changes nothing.</summary>
    Supervisor,
}
