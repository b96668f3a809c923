using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.Tests.Organizations;

public sealed class OrganizationNamesTests
{
    [Fact]
    public void Clean_removes_every_kind_of_space_and_makes_full_width_forms_half_width() =>
        Assert.Equal("重庆市江津区人民政府(办公室)", OrganizationNames.Clean(" 重庆市江津区\u3000人民政府\t（办公室）\u200b"));

    [Fact]
    public void District_prefix_variants_are_one_name()
    {
        var variants = OrganizationNames.Variants("区财政局");
        Assert.Contains("江津区财政局", variants);
        Assert.Contains("重庆市江津区财政局", variants);
        Assert.Contains("区财政局", variants);
    }

    [Fact]
    public void A_bare_prefix_has_no_variants() => Assert.Equal(["区"], OrganizationNames.Variants("区"));

    [Fact]
    public void Name_is_required_limited_in_length_and_not_only_digits()
    {
        Assert.Equal("请填写机关全称。", OrganizationNames.CheckName("", "机关全称", 100));
        Assert.Contains("不能超过 100 个字符", OrganizationNames.CheckName(new string('局', 101), "机关全称", 100));
        Assert.Contains("不能全为数字", OrganizationNames.CheckName("12345", "简称", 50));
        Assert.Null(OrganizationNames.CheckName("区财政局", "简称", 50));
    }
}
