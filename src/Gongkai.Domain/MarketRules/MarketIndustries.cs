namespace Gongkai.Domain.MarketRules;

/// <summary>The industries the library is browsed by: the 门类 of 国民经济行业分类 (GB/T 4754-2017),
/// which market entities know from their business licence, plus 综合 for rules that apply to all.</summary>
public static class MarketIndustries
{
    public const string General = "综合";

    public static readonly IReadOnlyList<string> All =
    [
        General,
        "农、林、牧、渔业",
        "采矿业",
        "制造业",
        "电力、热力、燃气及水生产和供应业",
        "建筑业",
        "批发和零售业",
        "交通运输、仓储和邮政业",
        "住宿和餐饮业",
        "信息传输、软件和信息技术服务业",
        "金融业",
        "房地产业",
        "租赁和商务服务业",
        "科学研究和技术服务业",
        "水利、环境和公共设施管理业",
        "居民服务、修理和其他服务业",
        "教育",
        "卫生和社会工作",
        "文化、体育和娱乐业",
    ];

    public static bool IsKnown(string? industry) => industry is not null && All.Contains(industry);
}
