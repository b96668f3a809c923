using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.Publications;

/// <summary>The items an organ must publish proactively (REGULATIONS.md §1): the 15 items of
/// Art. 20 and the local areas of Art. 21, and which of them apply to which kind of organ.</summary>
public static class StatutoryItems
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    /// <summary>Art. 20, in order; the text is verbatim from the 《条例》.</summary>
    public static IReadOnlyList<StatutoryItem> Article20 { get; } =
    [
        Item20(1, "行政法规、规章和规范性文件", "行政法规、规章和规范性文件；"),
        Item20(2, "机关职能", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名；"),
        Item20(3, "规划信息", "国民经济和社会发展规划、专项规划、区域规划及相关政策；"),
        Item20(4, "统计信息", "国民经济和社会发展统计信息；"),
        Item20(5, "行政许可和对外管理服务", "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果；"),
        Item20(6, "行政处罚和行政强制", "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定；"),
        Item20(7, "财政预算、决算", "财政预算、决算信息；"),
        Item20(8, "行政事业性收费", "行政事业性收费项目及其依据、标准；"),
        Item20(9, "政府集中采购", "政府集中采购项目的目录、标准及实施情况；"),
        Item20(10, "重大建设项目", "重大建设项目的批准和实施情况；"),
        Item20(11, "民生政策措施", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况；"),
        Item20(12, "突发公共事件应对", "突发公共事件的应急预案、预警信息及应对情况；"),
        Item20(13, "监督检查情况", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况；"),
        Item20(14, "公务员招考", "公务员招考的职位、名额、报考条件等事项以及录用结果；"),
        Item20(15, "其他法定主动公开信息", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息。"),
    ];

    /// <summary>Art. 21 (first half, CONFIRMED): the areas county-level governments publish
    /// according to local circumstances. Keys are pinyin so they read well in URLs.</summary>
    public static IReadOnlyList<StatutoryItem> Article21 { get; } =
    [
        Item21(1, "shizheng", "市政建设"),
        Item21(2, "gonggongfuwu", "公共服务"),
        Item21(3, "gongyi", "公益事业"),
        Item21(4, "tudizhengshou", "土地征收"),
        Item21(5, "fangwuzhengshou", "房屋征收"),
        Item21(6, "zhian", "治安管理"),
        Item21(7, "shehuijiuzhu", "社会救助"),
    ];

    /// <summary>The Art. 20 items every organ with disclosure duties publishes. Items 三、四、十一、
    /// 十二、十三 (plans, statistics, livelihoods, emergencies, inspections) are the government's own
    /// duties; departments and townships publish them through the district government.</summary>
    public static IReadOnlyList<int> CommonNumbers { get; } = [1, 2, 5, 6, 7, 8, 9, 10, 14, 15];

    public static IReadOnlyList<StatutoryItem> All { get; } = [.. Article20, .. Article21];

    /// <summary>The items that apply to an organ of the given kind, in display order.</summary>
    public static IReadOnlyList<StatutoryItem> ApplicableTo(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Government => All,
        OrganizationKind.Town or OrganizationKind.Subdistrict => [.. Common(), .. Article21],
        OrganizationKind.Department or OrganizationKind.Vertical => Common(),
        OrganizationKind.Party or OrganizationKind.PublicEnterprise => [],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的机关类型。"),
    };

    public static StatutoryItem? Find(string key) => All.FirstOrDefault(i => i.Key == key);

    private static List<StatutoryItem> Common() => Article20.Where(i => CommonNumbers.Contains(i.Number)).ToList();

    private static StatutoryItem Item20(int number, string title, string text) =>
        new(20, number, $"item-{number}", $"第二十条第（{Numerals[number - 1]}）项", title, text);

    private static StatutoryItem Item21(int number, string key, string title) =>
        new(21, number, $"item-21-{key}", $"第二十一条（{title}）", title,
            $"根据本地方的具体情况，主动公开涉及{title}方面的政府信息。");
}
