namespace Gongkai.Domain.StandardCatalogs;

/// <summary>The 26 areas of 基层政务公开标准化规范化 (国办发〔2019〕54号 and the State Council
/// departments' 26 area guidelines), in the order of REGULATIONS.md §6. Official titles differ
/// slightly between documents, so these are only the seed names: the district office may rename them.</summary>
public static class StandardAreas
{
    public static IReadOnlyList<string> Seed { get; } =
    [
        "重大建设项目",
        "公共资源交易",
        "财政预决算",
        "安全生产",
        "税收管理",
        "农村集体土地征收(征地补偿)",
        "国有土地上房屋征收与补偿",
        "城乡规划",
        "扶贫",
        "救灾",
        "社会救助",
        "养老服务",
        "户籍管理",
        "涉农补贴",
        "就业",
        "社会保险",
        "义务教育",
        "卫生健康(医疗卫生)",
        "生态环境(环境保护)",
        "食品药品监管",
        "公共法律服务",
        "城市综合执法",
        "农村危房改造",
        "市政服务",
        "保障性住房",
        "公共文化服务",
    ];
}
