using Gongkai.Domain.Organizations;
using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.Publications;

/// <summary>Which organ holds which statutory item by default (seed for the district office's
/// editable assignment): Art. 21 applies to 县级人民政府及其部门; the 应急预案 item to every organ
/// that holds plans (任务分工四（二）1).</summary>
public sealed class StatutoryDutiesTests
{
    private static IReadOnlyList<string> Keys(OrganizationKind kind, string name, string? shortName = null) =>
        StatutoryDuties.DefaultsFor(kind, name, shortName).Select(d => d.Item.Key).ToList();

    [Theory]
    [InlineData("重庆市江津区民政局", "区民政局", "item-21-shehuijiuzhu")]
    [InlineData("重庆市江津区公安局", "区公安局", "item-21-zhian")]
    [InlineData("重庆市江津区教育委员会", "区教委", "item-21-gonggongfuwu")]
    [InlineData("重庆市江津区卫生健康委员会", "区卫生健康委", "item-21-gonggongfuwu")]
    [InlineData("重庆市江津区人力资源和社会保障局", "区人力社保局", "item-21-gonggongfuwu")]
    [InlineData("重庆市江津区住房和城乡建设委员会", "区住房城乡建委", "item-21-fangwuzhengshou")]
    [InlineData("重庆市江津区规划和自然资源局", "区规划自然资源局", "item-21-tudizhengshou")]
    [InlineData("重庆市江津区应急管理局", "区应急局", "item-21-shehuijiuzhu")]
    public void Article_21_applies_to_the_departments_that_hold_the_matter_tiaoli_art21(string name, string shortName, string key)
    {
        var keys = Keys(OrganizationKind.Department, name, shortName);
        Assert.Contains(key, keys);
        Assert.Contains("item-1", keys);
    }

    [Theory]
    [InlineData("重庆市江津区生态环境局", "区生态环境局")]
    [InlineData("重庆市江津区市场监督管理局", "江津区市场监管局")]
    [InlineData("重庆市江津区卫生健康委员会", "区卫生健康委")]
    [InlineData("重庆市江津区应急管理局", "区应急局")]
    public void Inspection_results_go_to_the_inspecting_departments_tiaoli_art20_item13(string name, string shortName) =>
        Assert.Contains("item-13", Keys(OrganizationKind.Department, name, shortName));

    [Fact]
    public void A_department_without_an_article_21_matter_gets_none_tiaoli_art21()
    {
        var keys = Keys(OrganizationKind.Department, "重庆市江津区审计局", "区审计局");
        Assert.DoesNotContain(keys, k => k.StartsWith("item-21-", StringComparison.Ordinal));
        Assert.DoesNotContain("item-13", keys);
    }

    [Theory]
    [InlineData(OrganizationKind.Department)]
    [InlineData(OrganizationKind.Town)]
    [InlineData(OrganizationKind.Subdistrict)]
    [InlineData(OrganizationKind.Government)]
    public void Every_department_and_town_holds_the_emergency_plans_column_tiaoli_art20_item12_seed_4_2_1(OrganizationKind kind)
    {
        var duty = StatutoryDuties.DefaultsFor(kind, "重庆市江津区审计局").Single(d => d.Item.Key == "item-12");
        Assert.Equal("突发公共事件应对", duty.Item.Title);
        Assert.False(string.IsNullOrEmpty(duty.Basis));
    }

    [Fact]
    public void Party_bodies_hold_no_statutory_item() =>
        Assert.Empty(StatutoryDuties.DefaultsFor(OrganizationKind.Party, "中共重庆市江津区委组织部"));

    [Fact]
    public void Defaults_keep_the_seeds_common_items_and_come_in_article_order_seed_5_1_1()
    {
        var duties = StatutoryDuties.DefaultsFor(OrganizationKind.Department, "重庆市江津区民政局", "区民政局");
        Assert.Equal(duties.OrderBy(d => StatutoryDuties.Order(d.Item)).Select(d => d.Item.Key), duties.Select(d => d.Item.Key));
        Assert.All(StatutoryItems.ApplicableTo(OrganizationKind.Department), i => Assert.Contains(duties, d => d.Item.Key == i.Key));
        Assert.Equal(22, StatutoryDuties.DefaultsFor(OrganizationKind.Government, "重庆市江津区人民政府").Count);
    }
}
