using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Tests.Privacy;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("500116199001011234")]
    [InlineData("５００１１６１９９００１０１１２３４")]
    [InlineData("500116 19900101 1234")]
    public void Numbers_with_the_right_mod_11_2_check_character_are_valid(string input) =>
        Assert.True(ResidentIdNumber.Validate(input).IsValid);

    [Theory]
    [InlineData("500116199001011235", "身份证号码校验位不正确")]
    [InlineData("110105194912310021", "身份证号码校验位不正确")]
    [InlineData("500116199002301234", "身份证号码中的出生日期不正确")]
    [InlineData("500116190002291234", "身份证号码中的出生日期不正确")]
    [InlineData("500116199013011234", "身份证号码中的出生日期不正确")]
    [InlineData("50011619900101123", "身份证号码应为18位（旧版为15位）")]
    [InlineData("5001161990010112X4", "身份证号码只能由数字组成，18位号码的最后一位可以是X")]
    [InlineData("990116199001011234", "身份证号码的前6位地址码不正确")]
    [InlineData("", "请填写身份证号码")]
    public void Invalid_numbers_get_a_chinese_reason(string input, string reason)
    {
        var check = ResidentIdNumber.Validate(input);
        Assert.False(check.IsValid);
        Assert.Equal(reason, check.Reason);
    }

    [Fact]
    public void Check_character_is_computed_with_weights_7_9_10_and_table_10X98765432()
    {
        Assert.Equal('X', ResidentIdNumber.ComputeCheckCharacter("11010519491231002"));
        Assert.Equal('4', ResidentIdNumber.ComputeCheckCharacter("50011619900101123"));
    }

    [Fact]
    public void A_birth_date_after_today_is_refused_when_today_is_given()
    {
        var id = "500116203001011234"[..17];
        var full = id + ResidentIdNumber.ComputeCheckCharacter(id);
        Assert.True(ResidentIdNumber.Validate(full).IsValid);
        Assert.Equal("身份证号码中的出生日期晚于今天", ResidentIdNumber.Validate(full, new DateOnly(2026, 1, 1)).Reason);
    }

    [Fact]
    public void Fifteen_digit_legacy_numbers_with_a_real_yymmdd_date_are_recognised()
    {
        Assert.True(ResidentIdNumber.TryParse("500116900101123", out var legacy));
        Assert.True(legacy.IsLegacy);
        Assert.Equal(new DateOnly(1990, 1, 1), legacy.BirthDate);
        Assert.Equal("身份证号码中的出生日期不正确", ResidentIdNumber.Validate("500116901301123").Reason);
    }

    [Fact]
    public void Parsed_number_exposes_address_code_birth_date_and_sex_from_the_sequence()
    {
        Assert.True(ResidentIdNumber.TryParse("11010519491231002x", out var id));
        Assert.Equal("11010519491231002X", id.Value);
        Assert.Equal("110105", id.AddressCode);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.False(id.IsMale);
    }
}
