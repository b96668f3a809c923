using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.Tests.Organizations;

public sealed class CreditCodeTests
{
    // The worked example printed with GB 32100-2015.
    private const string StandardExample = "91350100M000100Y43";

    [Fact]
    public void Check_character_of_the_standard_example_is_3()
    {
        Assert.Equal('3', CreditCode.CheckCharacter(StandardExample.AsSpan(0, 17)));
        Assert.Null(CreditCode.Check(StandardExample));
    }

    [Fact]
    public void A_mistyped_character_is_caught_by_the_check_character()
    {
        var error = CreditCode.Check("91350100M000100Y44");
        Assert.NotNull(error);
        Assert.Contains("校验位", error);
        Assert.Contains("“3”", error);
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("")]
    public void Code_must_have_18_characters(string code) => Assert.Contains("18 位", CreditCode.Check(code));

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void Letters_outside_the_31_character_alphabet_are_refused(char letter) =>
        Assert.Contains("不允许的字符", CreditCode.Check("91350100M000100" + letter + "43"));

    [Fact]
    public void Normalize_uppercases_and_drops_spaces_and_full_width_forms() =>
        Assert.Equal(StandardExample, CreditCode.Normalize(" 9135 0100m000100ｙ43 "));

    [Fact]
    public void Every_check_character_round_trips()
    {
        // Vary one position over the whole alphabet: each computed check character must validate.
        foreach (var c in "0123456789ABCDEFGHJKLMNPQRTUWXY")
        {
            var first17 = "11500116" + c + "00000000";
            var code = first17 + CreditCode.CheckCharacter(first17);
            Assert.Null(CreditCode.Check(code));
        }
    }
}
