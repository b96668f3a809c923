namespace Gongkai.Domain.Publications;

/// <summary>The kind of organ, as far as disclosure duties go. The web layer maps its own
/// organisation kinds onto this, so the rules here stay free of the database model.</summary>
public enum OrganKind
{
    /// <summary>区人民政府.</summary>
    DistrictGovernment,

    /// <summary>区政府部门.</summary>
    Department,

    /// <summary>垂直管理单位.</summary>
    Vertical,

    /// <summary>镇人民政府.</summary>
    Town,

    /// <summary>街道办事处.</summary>
    Subdistrict,

    /// <summary>党的机关: no duties under the 《条例》.</summary>
    Party,

    /// <summary>公共企事业单位: discloses under its sector's special rule, not the 《条例》's items.</summary>
    PublicEnterprise,
}
