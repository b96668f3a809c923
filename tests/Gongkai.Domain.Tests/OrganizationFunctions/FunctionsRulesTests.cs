using Gongkai.Domain.OrganizationFunctions;

namespace Gongkai.Domain.Tests.OrganizationFunctions;

/// <summary>Art. 20(二): 机关职能、办公地址、办公时间、联系方式 are required; the rest is optional.</summary>
public sealed class FunctionsRulesTests
{
    private static FunctionsContent Valid => new()
    {
        Duties = ["1．贯彻执行有关方针政策。", "（二）拟订全区发展规划。", "三、负责综合协调。", "  "],
        InternalBodies = [new InternalBody("办公室", "负责日常运转。", "023-47521001"), new InternalBody("", "", null)],
        Subordinates = [new SubordinateUnit("江津区考试中心", SubordinateKind.PublicInstitution, "组织考试。", null)],
        Leaders = [new LeaderDuty("张三", "局长", "主持全面工作。"), new LeaderDuty(" ", "", "")],
        Address = " 江津区几江街道鼎山大道1号 ",
        Hours = "工作日 9:00—17:30",
        Phone = "023-47521000",
        Postcode = "402260",
        Website = "http://www.jiangjin.gov.cn",
    };

    [Fact]
    public void Pasted_duty_numbers_and_blank_rows_are_dropped_so_the_list_is_numbered_once()
    {
        var (content, errors) = FunctionsRules.Normalise(Valid);
        Assert.Empty(errors);
        Assert.Equal(["贯彻执行有关方针政策。", "拟订全区发展规划。", "负责综合协调。"], content.Duties);
        Assert.Single(content.InternalBodies);
        Assert.Single(content.Leaders);
        Assert.Equal("江津区几江街道鼎山大道1号", content.Address);
    }

    [Fact]
    public void Article_20_2_fields_are_required_and_each_error_names_its_row_and_field()
    {
        var (_, errors) = FunctionsRules.Normalise(Valid with
        {
            Duties = [],
            Address = "",
            Leaders = [new LeaderDuty("王五", "", "分管财务。")],
            InternalBodies = [new InternalBody("", "负责档案。", "手机号码见下")],
            Postcode = "40226",
            Website = "www.jiangjin.gov.cn",
        });
        Assert.Contains("请填写主要职责（至少一条）。", errors);
        Assert.Contains("请填写办公地址。", errors);
        Assert.Contains("领导信息第1行：请填写职务。", errors);
        Assert.Contains("内设机构第1行：请填写机构名称。", errors);
        Assert.Contains(errors, e => e.StartsWith("内设机构第1行的联系电话格式不正确", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("邮编“40226”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("网址“www.jiangjin.gov.cn”", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("事业单位", SubordinateKind.PublicInstitution)]
    [InlineData("administrativeBody", SubordinateKind.AdministrativeBody)]
    [InlineData(" 国有企业 ", SubordinateKind.StateEnterprise)]
    public void A_subordinate_kind_is_read_from_its_Chinese_name_or_code(string text, SubordinateKind kind)
    {
        Assert.True(SubordinateKinds.TryParse(text, out var parsed));
        Assert.Equal(kind, parsed);
    }
}
