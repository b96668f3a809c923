namespace Gongkai.Domain.Organizations;

/// <summary>The kind of an organ in the register; it decides its disclosure duties (which 《条例》
/// items it holds, its report deadline) and whether it has a platform. Stored by name.</summary>
public enum OrganizationKind
{
    /// <summary>区人民政府.</summary>
    Government,

    /// <summary>区政府部门 (incl. directly affiliated bodies).</summary>
    Department,

    /// <summary>垂直管理单位 located in the district.</summary>
    Vertical,

    /// <summary>镇人民政府.</summary>
    Town,

    /// <summary>街道办事处.</summary>
    Subdistrict,

    /// <summary>Party organ named in task tables; holds no disclosure duties.</summary>
    Party,

    /// <summary>公共企事业单位 (教育, 供水 ...): supervised by a department, discloses under its
    /// sector's special rule through its own platform.</summary>
    PublicEnterprise,
}
