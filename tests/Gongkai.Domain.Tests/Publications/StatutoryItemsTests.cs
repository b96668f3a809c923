using Gongkai.Domain.Organizations;
using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.Publications;

public sealed class StatutoryItemsTests
{
    [Fact]
    public void Article_20_has_fifteen_numbered_items_with_Chinese_labels_and_stable_keys()
    {
        Assert.Equal(Enumerable.Range(1, 15), StatutoryItems.Article20.Select(i => i.Number));
        Assert.Equal("第二十条第（一）项", StatutoryItems.Article20[0].Label);
        Assert.Equal("第二十条第（十五）项", StatutoryItems.Article20[14].Label);
        Assert.Equal("行政法规、规章和规范性文件", StatutoryItems.Article20[0].Title);
        Assert.Equal("item-14", StatutoryItems.Article20[13].Key);
        Assert.StartsWith("公务员招考的职位", StatutoryItems.Article20[13].Text);
    }

    [Fact]
    public void Every_key_is_unique()
    {
        Assert.Equal(StatutoryItems.All.Count, StatutoryItems.All.Select(i => i.Key).Distinct().Count());
    }

    [Fact]
    public void Article_21_lists_the_seven_local_areas()
    {
        Assert.Equal(["市政建设", "公共服务", "公益事业", "土地征收", "房屋征收", "治安管理", "社会救助"], StatutoryItems.Article21.Select(i => i.Title));
        Assert.All(StatutoryItems.Article21, i => Assert.StartsWith("item-21-", i.Key));
    }

    [Fact]
    public void District_government_publishes_all_fifteen_items_and_the_local_areas()
    {
        var items = StatutoryItems.ApplicableTo(OrganizationKind.Government);
        Assert.Equal(22, items.Count);
        Assert.Equal(Enumerable.Range(1, 15), items.Where(i => i.Article == 20).Select(i => i.Number));
    }

    [Theory]
    [InlineData(OrganizationKind.Department)]
    [InlineData(OrganizationKind.Vertical)]
    public void Departments_and_vertical_organs_publish_items_1_2_5_to_10_14_15(OrganizationKind kind)
    {
        var items = StatutoryItems.ApplicableTo(kind);
        Assert.Equal([1, 2, 5, 6, 7, 8, 9, 10, 14, 15], items.Select(i => i.Number));
        Assert.All(items, i => Assert.Equal(20, i.Article));
    }

    [Theory]
    [InlineData(OrganizationKind.Town)]
    [InlineData(OrganizationKind.Subdistrict)]
    public void Towns_and_subdistricts_publish_the_common_items_and_the_local_areas(OrganizationKind kind)
    {
        var items = StatutoryItems.ApplicableTo(kind);
        Assert.Equal([1, 2, 5, 6, 7, 8, 9, 10, 14, 15], items.Where(i => i.Article == 20).Select(i => i.Number));
        Assert.Equal(7, items.Count(i => i.Article == 21));
    }

    [Fact]
    public void Party_bodies_have_no_statutory_items()
    {
        Assert.Empty(StatutoryItems.ApplicableTo(OrganizationKind.Party));
    }

    [Fact]
    public void Find_returns_the_item_by_key_or_null()
    {
        Assert.Equal(6, StatutoryItems.Find("item-6")!.Number);
        Assert.Null(StatutoryItems.Find("item-16"));
    }
}
