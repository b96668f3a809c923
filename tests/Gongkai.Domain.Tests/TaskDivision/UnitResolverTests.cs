using Gongkai.Domain.Organizations;
using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

public class UnitResolverTests
{
    private static readonly UnitCandidate[] Candidates =
    [
        new(new OrganizationCandidate(1, "重庆市江津区人民政府", "区政府", true, []), OrganizationKind.Government),
        new(new OrganizationCandidate(2, "重庆市江津区人民政府办公室", "区政府办公室", true, []), OrganizationKind.Department),
        new(new OrganizationCandidate(3, "重庆市江津区司法局", "区司法局", true, []), OrganizationKind.Department),
        new(new OrganizationCandidate(4, "重庆市江津区市场监督管理局", "江津区市场监管局", true, ["重庆市江津区工商行政管理局"]), OrganizationKind.Department),
        new(new OrganizationCandidate(5, "国家税务总局重庆市江津区税务局", "江津区税务局", true, []), OrganizationKind.Vertical),
        new(new OrganizationCandidate(6, "重庆市江津区几江街道办事处", "几江街道", true, []), OrganizationKind.Subdistrict),
        new(new OrganizationCandidate(7, "重庆市江津区油溪镇人民政府", "油溪镇", true, []), OrganizationKind.Town),
        new(new OrganizationCandidate(8, "中共重庆市江津区委组织部", "区委组织部", true, []), OrganizationKind.Party),
    ];

    private static UnitResolution Resolve(string cell, Dictionary<string, int>? mappings = null) =>
        UnitResolver.Resolve(UnitNames.Split(cell), Candidates, mappings ?? []);

    [Theory]
    [InlineData("区司法局、区政务服务办", new[] { "区司法局", "区政务服务办" })]
    [InlineData("区公安局、区卫生健康委，区政府各部门、各镇（街道）", new[] { "区公安局", "区卫生健康委", "区政府各部门", "各镇（街道）" })]
    [InlineData("区司法局,区财政局; 区税务局", new[] { "区司法局", "区财政局", "区税务局" })]
    [InlineData("各镇(街道)、区委党校", new[] { "各镇(街道)", "区委党校" })]
    [InlineData("", new string[0])]
    public void Unit_cells_split_on_the_separators_tables_use_but_not_inside_brackets(string cell, string[] expected)
    {
        Assert.Equal(expected, UnitNames.Split(cell));
    }

    [Fact]
    public void Short_full_and_former_names_resolve_to_the_same_organ()
    {
        Assert.Equal([4], Resolve("江津区市场监管局、重庆市江津区市场监督管理局，重庆市江津区工商行政管理局").OrganizationIds);
        Assert.Equal([5], Resolve("区税务局").OrganizationIds);
    }

    [Fact]
    public void Collective_terms_expand_to_the_organs_of_their_groups()
    {
        Assert.Equal([2, 3, 4], Resolve("区政府各部门").OrganizationIds);
        Assert.Equal([6, 7], Resolve("各镇（街道）").OrganizationIds);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], Resolve("全区各级行政机关").OrganizationIds);
        Assert.Equal([2, 3, 4, 5], Resolve("各有关单位").OrganizationIds);
        Assert.Equal([3, 2, 4, 6, 7], Resolve("区司法局、区政府各部门、各镇(街道)").OrganizationIds);
    }

    [Fact]
    public void Unknown_names_are_reported_not_dropped_and_a_saved_mapping_resolves_them()
    {
        var unmapped = Resolve("区司法局、区政务服务办、区政务服务办");
        Assert.Equal([3], unmapped.OrganizationIds);
        Assert.Equal(["区政务服务办"], unmapped.Unresolved);

        var mapped = Resolve("区司法局、区政务服务办", new Dictionary<string, int> { [OrganizationNames.Key("区政务服务办")] = 2 });
        Assert.Equal([3, 2], mapped.OrganizationIds);
        Assert.Empty(mapped.Unresolved);
    }
}
