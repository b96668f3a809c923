using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.Publications;

/// <summary>Which statutory items (法定主动公开内容) an organ holds by default, from its kind and
/// its name. This only seeds the assignment: the district office edits it per organ afterwards,
/// because what a department actually holds depends on its 三定 and local practice.
/// <list type="bullet">
/// <item>By kind, the seed's 五（一）1 (<see cref="StatutoryItems.ApplicableTo"/>): the district
/// government all of Art. 20, other organs items (一)(二)(五)–(十)(十四)(十五); towns and
/// subdistricts the Art. 21 areas.</item>
/// <item>Art. 20 (十二) 突发公共事件的应急预案: every department, town and subdistrict holds plans of
/// its own (seed 四（二）1 makes 区政府各部门、各镇（街道） responsible for publishing them).</item>
/// <item>Art. 21 applies to 县级人民政府<b>及其部门</b>: a department gets the areas it administers,
/// recognised by its name (民政 → 社会救助, 公安 → 治安管理 …).</item>
/// <item>Art. 20 (十三) 环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查: the departments
/// that carry out those inspections.</item>
/// </list></summary>
public static class StatutoryDuties
{
    private const string Seed = "《江津区2020年政务公开工作要点任务分工》五（一）1";
    private const string EmergencyPlans = "《条例》第二十条第（十二）项；任务分工四（二）1（区政府各部门、各镇（街道）公开应急预案）";
    private const string Article21 = "《条例》第二十一条（县级人民政府及其部门）";
    private const string Inspections = "《条例》第二十条第（十三）项（监督检查情况）";

    /// <summary>Name fragments of the departments that hold an Art. 21 area or Art. 20 (十三), with
    /// the item keys they get. Fragments match the full or short name (区民政局, 重庆市江津区民政局).</summary>
    private static readonly (string[] Names, string[] Keys, string Basis)[] ByName =
    [
        (["民政"], ["item-21-shehuijiuzhu", "item-21-gongyi"], Article21),
        (["公安"], ["item-21-zhian"], Article21),
        (["教育", "教委"], ["item-21-gonggongfuwu", "item-21-gongyi", "item-21-shehuijiuzhu"], Article21),
        (["卫生健康", "卫健"], ["item-21-gonggongfuwu", "item-21-gongyi"], Article21),
        (["人力资源和社会保障", "人力社保"], ["item-21-gonggongfuwu", "item-21-shehuijiuzhu"], Article21),
        (["住房和城乡建设", "住房城乡建"], ["item-21-shizheng", "item-21-fangwuzhengshou", "item-21-shehuijiuzhu"], Article21),
        (["城市管理"], ["item-21-shizheng"], Article21),
        (["规划和自然资源", "规划自然资源"], ["item-21-tudizhengshou"], Article21),
        (["应急管理", "应急局"], ["item-21-shehuijiuzhu"], Article21),
        (["医疗保障", "医保"], ["item-21-shehuijiuzhu", "item-21-gonggongfuwu"], Article21),
        (["文化和旅游", "文化旅游"], ["item-21-gonggongfuwu", "item-21-gongyi"], Article21),
        (["体育"], ["item-21-gonggongfuwu", "item-21-gongyi"], Article21),
        (["退役军人"], ["item-21-gonggongfuwu"], Article21),
        (["政务服务"], ["item-21-gonggongfuwu"], Article21),
        (["生态环境"], ["item-13"], Inspections),
        (["卫生健康", "卫健"], ["item-13"], Inspections),
        (["应急管理", "应急局"], ["item-13"], Inspections),
        (["市场监督管理", "市场监管"], ["item-13"], Inspections),
    ];

    /// <summary>The items the organ holds by default, in display order, each with its basis.</summary>
    public static IReadOnlyList<StatutoryDuty> DefaultsFor(OrganizationKind kind, string name, string? shortName = null)
    {
        var duties = new Dictionary<string, StatutoryDuty>();
        void Add(string key, string basis)
        {
            if (!duties.ContainsKey(key))
            {
                duties[key] = new StatutoryDuty(StatutoryItems.Find(key)!, basis);
            }
        }

        foreach (var item in StatutoryItems.ApplicableTo(kind))
        {
            Add(item.Key, kind == OrganizationKind.Government ? "《条例》第二十条、第二十一条（区人民政府）" : item.Article == 21 ? Article21 + "（乡镇）" : Seed);
        }

        if (kind is OrganizationKind.Department or OrganizationKind.Town or OrganizationKind.Subdistrict)
        {
            Add(StatutoryItems.Article20[11].Key, EmergencyPlans);
        }

        if (kind == OrganizationKind.Department)
        {
            foreach (var (names, keys, basis) in ByName)
            {
                if (names.Any(n => name.Contains(n, StringComparison.Ordinal) || (shortName?.Contains(n, StringComparison.Ordinal) ?? false)))
                {
                    foreach (var key in keys)
                    {
                        Add(key, basis);
                    }
                }
            }
        }

        return [.. duties.Values.OrderBy(d => Order(d.Item))];
    }

    /// <summary>An item's place in the column tree: Art. 20 in its order, then the Art. 21 areas.</summary>
    public static int Order(StatutoryItem item) => item.Article == 20 ? item.Number : 15 + item.Number;
}
