using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Tests.Privacy;

public sealed class PersonalInformationMaskerTests
{
    private readonly PersonalInformationMasker masker = new();

    [Theory]
    [InlineData(PersonalInformationKind.ResidentId, "500116199001011234", "500116********1234")]
    [InlineData(PersonalInformationKind.Mobile, "13812341234", "138****1234")]
    [InlineData(PersonalInformationKind.BankCard, "6222021234567890128", "**** **** **** 0128")]
    [InlineData(PersonalInformationKind.Email, "zhangsan@example.com", "z***@example.com")]
    public void Values_are_masked_per_the_house_rules(PersonalInformationKind kind, string value, string masked) =>
        Assert.Equal(masked, masker.Mask(kind, value));

    [Fact]
    public void Id_numbers_can_be_masked_keeping_the_first_two_and_last_three_digits() =>
        Assert.Equal("50*************234", new PersonalInformationMasker(IdNumberMaskStyle.KeepFirst2Last3)
            .Mask(PersonalInformationKind.ResidentId, "500116199001011234"));

    [Fact]
    public void Mask_all_replaces_every_finding_and_keeps_everything_else_exactly() =>
        Assert.Equal(
            "申请人张三，身份证号500116********1234，电话138****5678，卡号**** **** **** 0128，邮箱z***@example.com。咨询电话023-47521234。",
            masker.MaskAll("申请人张三，身份证号500116 19900101 1234，电话138-1234-5678，卡号6222 0212 3456 7890 128，邮箱zhangsan@example.com。咨询电话023-47521234。"));

    [Fact]
    public void Mask_all_uses_the_configured_id_style_and_keeps_a_plus_86_prefix() =>
        Assert.Equal(
            "身份证号11*************02X，电话+86 138****5678",
            new PersonalInformationMasker(IdNumberMaskStyle.KeepFirst2Last3).MaskAll("身份证号11010519491231002x，电话+86 13812345678"));

    [Fact]
    public void Mask_all_leaves_allow_listed_values_alone() =>
        Assert.Equal(
            "邮箱jjzfb@cq.gov.cn，申请人z***@qq.com",
            masker.MaskAll("邮箱jjzfb@cq.gov.cn，申请人zhangsan@qq.com", ["jjzfb@cq.gov.cn"]));

    [Fact]
    public void Text_without_personal_information_is_returned_unchanged()
    {
        var text = "江津府办发〔2020〕132号 2020-01-01 12345678.90元";
        Assert.Same(text, masker.MaskAll(text));
    }
}
