namespace Gongkai.Domain.OrganizationFunctions;

/// <summary>What a 下属单位 is. The names are those of the 三定 provisions.</summary>
public enum SubordinateKind
{
    /// <summary>事业单位.</summary>
    PublicInstitution,

    /// <summary>下属行政机构 (e.g. a 局 under a 委).</summary>
    AdministrativeBody,

    /// <summary>派出机构.</summary>
    Outpost,

    /// <summary>国有企业.</summary>
    StateEnterprise,

    /// <summary>其他.</summary>
    Other,
}
