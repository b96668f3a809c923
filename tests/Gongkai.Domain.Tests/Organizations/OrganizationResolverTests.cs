using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.Tests.Organizations;

public sealed class OrganizationResolverTests
{
    private static readonly OrganizationCandidate Finance = new(1, "重庆市江津区财政局", "区财政局", true, []);
    private static readonly OrganizationCandidate Market = new(2, "重庆市江津区市场监督管理局", "江津区市场监管局", true, ["重庆市江津区工商行政管理局"]);
    private static readonly OrganizationCandidate OldOffice = new(3, "重庆市江津区政务服务管理办公室", "区政务服务办", false, []);
    private static readonly OrganizationCandidate NewOffice = new(4, "重庆市江津区大数据发展局", "区大数据局", true, ["重庆市江津区政务服务管理办公室", "区政务服务办"]);

    private static readonly OrganizationCandidate[] All = [Finance, Market, OldOffice, NewOffice];

    [Theory]
    [InlineData("1", 1)]
    [InlineData("重庆市江津区财政局", 1)]
    [InlineData("区财政局", 1)]
    [InlineData(" 区 财政局 ", 1)]
    [InlineData("江津区财政局", 1)]
    [InlineData("区市场监管局", 2)]
    [InlineData("重庆市江津区工商行政管理局", 2)]
    [InlineData("区工商行政管理局", 2)]
    public void Finds_an_organ_by_id_full_name_short_name_former_name_or_prefix_variant(string query, int expected) =>
        Assert.Equal(expected, OrganizationResolver.Resolve(query, All).Id);

    [Fact]
    public void After_a_merge_the_old_name_leads_to_the_active_organ_that_carries_it()
    {
        Assert.Equal(4, OrganizationResolver.Resolve("区政务服务办", All).Id);
        Assert.Equal(4, OrganizationResolver.Resolve("重庆市江津区政务服务管理办公室", All).Id);
    }

    [Fact]
    public void An_inactive_organ_is_found_when_no_active_one_has_the_name()
    {
        var onlyOld = new[] { Finance, OldOffice };
        Assert.Equal(3, OrganizationResolver.Resolve("区政务服务办", onlyOld).Id);
    }

    [Fact]
    public void Unknown_name_gets_a_Chinese_message_naming_what_was_written()
    {
        var match = OrganizationResolver.Resolve("区不存在局", All);
        Assert.False(match.Found);
        Assert.False(match.IsAmbiguous);
        Assert.Equal("没有名为“区不存在局”的机关，请检查名称或改用编号。", match.Error);
    }

    [Fact]
    public void Unknown_id_and_empty_query_are_refused_in_Chinese()
    {
        Assert.Equal("没有编号为 99 的机关。", OrganizationResolver.Resolve("99", All).Error);
        Assert.Equal("请填写机关（编号、全称或简称）。", OrganizationResolver.Resolve("  ", All).Error);
    }

    [Fact]
    public void Ambiguous_name_lists_every_organ_it_could_mean()
    {
        var twins = new[] { new OrganizationCandidate(7, "重庆市江津区甲局", "区综合局", true, []), new OrganizationCandidate(8, "重庆市江津区乙局", "区综合局", true, []) };
        var match = OrganizationResolver.Resolve("区综合局", twins);
        Assert.False(match.Found);
        Assert.True(match.IsAmbiguous);
        Assert.Contains("对应多个机关", match.Error);
        Assert.Contains("重庆市江津区甲局（编号 7）", match.Error);
        Assert.Contains("重庆市江津区乙局（编号 8）", match.Error);
    }

    [Fact]
    public void An_exact_current_name_beats_a_prefix_variant_of_another()
    {
        var candidates = new[] { new OrganizationCandidate(1, "江津区税务局", "江津区税务局", true, []), new OrganizationCandidate(2, "重庆市江津区税务局", "区税务局", true, []) };
        Assert.Equal(2, OrganizationResolver.Resolve("区税务局", candidates).Id);
        Assert.Equal(1, OrganizationResolver.Resolve("江津区税务局", candidates).Id);
    }
}
