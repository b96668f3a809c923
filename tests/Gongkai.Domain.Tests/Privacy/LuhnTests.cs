using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Tests.Privacy;

public sealed class LuhnTests
{
    [Fact]
    public void The_unionpay_test_vector_passes() => Assert.True(Luhn.IsValid("6222021234567890128"));

    [Theory]
    [InlineData("6222021234567890127")]
    [InlineData("6222021234567890182")]
    [InlineData("62220212345678901a8")]
    [InlineData("")]
    public void A_changed_digit_swapped_digits_or_a_non_digit_fail(string number) => Assert.False(Luhn.IsValid(number));

    [Fact]
    public void Computed_check_digit_completes_a_valid_number() =>
        Assert.Equal('8', Luhn.ComputeCheckDigit("622202123456789012"));
}
