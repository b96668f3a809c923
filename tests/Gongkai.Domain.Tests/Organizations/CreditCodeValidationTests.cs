using Gongkai.Domain.Organizations;
using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Tests.Organizations;

public sealed class CreditCodeValidationTests
{
    [Theory]
    [InlineData("9144030071526726XG")]
    [InlineData("9144030071526726xg")]
    [InlineData("111101199001010187")]
    public void Codes_with_valid_check_characters_are_valid(string code) =>
        Assert.True(CreditCode.Validate(code).IsValid);

    [Fact]
    public void Check_character_uses_weights_three_to_the_power_mod_31()
    {
        Assert.Equal('G', CreditCode.ComputeCheckCharacter("9144030071526726X"));
        Assert.Equal('X', CreditCode.ComputeOrganizationCodeCheck("71526726"));
        Assert.True(CreditCode.HasValidOrganizationCode("71526726X"));
    }

    [Fact]
    public void A_wrong_final_check_character_is_refused_with_a_reason() =>
        Assert.Equal("统一社会信用代码校验位不正确", CreditCode.Validate("9144030071526726XH").Reason);

    [Fact]
    public void A_wrong_embedded_organisation_code_check_is_refused_even_when_the_final_check_fits()
    {
        var first17 = "91440300715267261";
        var code = first17 + CreditCode.ComputeCheckCharacter(first17);
        Assert.Equal("统一社会信用代码中的组织机构代码校验位不正确", CreditCode.Validate(code).Reason);
    }

    [Theory]
    [InlineData("9144030071526726I", "统一社会信用代码应为18位")]
    [InlineData("914403007152672OXG", "统一社会信用代码只能由数字和大写字母组成（不使用I、O、S、V、Z）")]
    [InlineData(" ", "请填写统一社会信用代码")]
    public void Malformed_codes_are_refused_with_a_reason(string code, string reason) =>
        Assert.Equal(reason, CreditCode.Validate(code).Reason);

    [Fact]
    public void Parsed_code_exposes_its_parts()
    {
        Assert.True(CreditCode.TryParse("9144030071526726XG", out var code));
        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal("440300", code.DivisionCode);
        Assert.Equal("71526726X", code.OrganizationCode);
        Assert.False(code.IsIndividualBusiness);
    }
}
