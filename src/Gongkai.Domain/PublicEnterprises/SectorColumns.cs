namespace Gongkai.Domain.PublicEnterprises;

/// <summary>One disclosure column a sector's special rule asks for. <see cref="Key"/> appears in
/// public URLs and never changes; the title is only the seed (the district office may rename it).</summary>
public sealed record SectorColumn(string Key, string Title);

/// <summary>The seed column set of each sector, read from the national special rules: 《供电企业信息
/// 公开实施办法》, 《供水、供气、供热等公用事业单位信息公开实施办法》, 《医疗卫生机构信息公开管理办法》,
/// 《环境保护公用事业单位信息公开实施办法（试行）》, the education and public-transport rules. Every rule
/// asks for the unit's basic information, its charges, its service process and a complaint channel;
/// the middle columns are what the sector's rule adds (water quality, outages, admissions ...).</summary>
public static class SectorColumns
{
    /// <summary>Prefix of every sector column key, so none can collide with a statutory item's key.</summary>
    public const string KeyPrefix = "ent-";

    private static readonly SectorColumn Basic = new("ent-basic", "单位基本信息");
    private static readonly SectorColumn Charges = new("ent-charges", "收费项目和标准");
    private static readonly SectorColumn Service = new("ent-service", "服务内容和办理流程");
    private static readonly SectorColumn Complaints = new("ent-complaints", "咨询投诉渠道");

    public static IReadOnlyList<SectorColumn> For(PublicEnterpriseSector sector) => sector switch
    {
        PublicEnterpriseSector.Education =>
            [Basic, new("ent-admissions", "招生考试信息"), Charges, new("ent-teaching", "教育教学和质量"), new("ent-safety", "安全卫生信息"), Complaints],
        PublicEnterpriseSector.Health =>
            [Basic, new("ent-medical-services", "医疗服务信息"), Charges, new("ent-patient-rights", "患者权益和便民措施"), new("ent-conduct", "行风建设"), Complaints],
        PublicEnterpriseSector.Power =>
            [Basic, Charges, Service, new("ent-quality", "供电质量"), new("ent-outages", "停电信息"), Complaints],
        PublicEnterpriseSector.Gas =>
            [Basic, Charges, Service, new("ent-quality", "燃气质量和安全"), new("ent-outages", "停气信息"), Complaints],
        PublicEnterpriseSector.Water =>
            [Basic, Charges, Service, new("ent-quality", "水质信息"), new("ent-outages", "停水信息"), Complaints],
        PublicEnterpriseSector.Heating =>
            [Basic, Charges, Service, new("ent-quality", "供热质量"), new("ent-outages", "停热和供热期信息"), Complaints],
        PublicEnterpriseSector.Environment =>
            [Basic, new("ent-emissions", "污染物排放和环境监测"), new("ent-facilities", "设施建设和运行"), Charges, new("ent-incidents", "突发环境事件"), Complaints],
        PublicEnterpriseSector.PublicTransport =>
            [Basic, new("ent-routes", "线路站点和运营时间"), Charges, new("ent-changes", "线路调整和临时变更"), new("ent-safety", "安全应急信息"), Complaints],
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, null),
    };

    public static string Chinese(PublicEnterpriseSector sector) => sector switch
    {
        PublicEnterpriseSector.Education => "教育",
        PublicEnterpriseSector.Health => "卫生健康",
        PublicEnterpriseSector.Power => "供电",
        PublicEnterpriseSector.Gas => "供气",
        PublicEnterpriseSector.Water => "供水",
        PublicEnterpriseSector.Heating => "供热",
        PublicEnterpriseSector.Environment => "环境保护",
        PublicEnterpriseSector.PublicTransport => "公共交通",
        _ => sector.ToString(),
    };
}
