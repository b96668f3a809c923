using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.Tests.Organizations;

public sealed class CreditCodeTests
{
    // The worked example printed with GB 32100-2015.
    private const string StandardExample = "91350100M000100Y43";

    [Fact]
    public void Check_character_of_the_standard_example_is_3()
    {
        Assert.Equal('3', CreditCode.ComputeCheckCharacter(StandardExample.AsSpan(0, 17)));
        Assert.True(CreditCode.Validate(StandardExample).IsValid);
    }

    [Fact]
    public void A_mistyped_character_is_caught_by_the_check_character()
    {
        var error = CreditCode.Validate("91350100M000100Y44").Reason;
        Assert.NotNull(error);
        Assert.Contains("校验位", error);
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    public void Code_must_have_18_characters(string code) => Assert.Contains("18位", CreditCode.Validate(code).Reason);

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void Letters_outside_the_31_character_alphabet_are_refused(char letter) =>
        Assert.Contains("不使用I、O、S、V、Z", CreditCode.Validate("91350100M000100" + letter + "43").Reason);

    [Fact]
    public void Normalize_uppercases_and_drops_spaces_and_full_width_forms() =>
        Assert.Equal(StandardExample, CreditCode.Normalize(" 9135 0100m000100ｙ43 "));

    [Fact]
    public void Every_check_character_round_trips()
    {
        // Vary one position over the whole alphabet: with both check characters computed, each validates.
        foreach (var c in "0123456789ABCDEFGHJKLMNPQRTUWXY")
        {
            var organization = c + "0000000";
            var first17 = "11500116" + organization + CreditCode.ComputeOrganizationCodeCheck(organization);
            var code = first17 + CreditCode.ComputeCheckCharacter(first17);
            Assert.True(CreditCode.Validate(code).IsValid, code);
        }
    }
}
