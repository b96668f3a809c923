namespace Gongkai.Domain.PublicEnterprises;

/// <summary>The sectors whose public enterprises and institutions (公共企事业单位) disclose under a
/// national special rule (《公共企事业单位信息公开规定制定办法》 and the sector rules made under it).</summary>
public enum PublicEnterpriseSector
{
    /// <summary>教育.</summary>
    Education,

    /// <summary>卫生健康.</summary>
    Health,

    /// <summary>供电.</summary>
    Power,

    /// <summary>供气.</summary>
    Gas,

    /// <summary>供水.</summary>
    Water,

    /// <summary>供热.</summary>
    Heating,

    /// <summary>环境保护.</summary>
    Environment,

    /// <summary>公共交通.</summary>
    PublicTransport,
}
