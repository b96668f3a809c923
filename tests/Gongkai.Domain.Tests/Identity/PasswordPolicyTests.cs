using Gongkai.Domain.Identity;

namespace Gongkai.Domain.Tests.Identity;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Short-1a")]
    [InlineData("Abc-12345")]
    public void Passwords_shorter_than_twelve_characters_are_refused(string password) =>
        Assert.Contains(PasswordPolicy.Check(password, "clerk", 12), p => p.Contains("12"));

    [Theory]
    [InlineData("alllowercaseletters")]
    [InlineData("lowercase123456")]
    [InlineData("UPPERCASE-ONLY-----")]
    public void Passwords_with_fewer_than_three_character_classes_are_refused(string password) =>
        Assert.Contains(PasswordPolicy.Check(password, "clerk", 12), p => p.Contains("三类"));

    [Fact]
    public void A_password_containing_the_user_name_is_refused() =>
        Assert.Contains(PasswordPolicy.Check("Zhangsan-2026!x", "zhangsan", 12), p => p.Contains("用户名"));

    [Theory]
    [InlineData("Password@2026!")]
    [InlineData("P@ssw0rd123456")]
    [InlineData("Qwertyuiop123!")]
    [InlineData("Woaini1314!!!!")]
    public void Common_passwords_with_digits_and_symbols_around_them_are_refused(string password) =>
        Assert.Contains(PasswordPolicy.Check(password, "clerk", 12), p => p.Contains("常见"));

    [Theory]
    [InlineData("Jiang-Jin-River-48")]
    [InlineData("tea.Horse.Bridge.7")]
    [InlineData("Sys-Test-Pass-2026!x")]
    public void Strong_passwords_pass(string password) => Assert.Empty(PasswordPolicy.Check(password, "clerk", 12));
}
