using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.Tests.Organizations;

public sealed class ContactRulesTests
{
    [Theory]
    [InlineData("023-47521234")]
    [InlineData("(023)47521234")]
    [InlineData("023-47521234 转 8001")]
    [InlineData("023-47521234、47525678")]
    [InlineData("")]
    public void Phone_accepts_area_codes_extensions_and_several_numbers(string phone) => Assert.Null(ContactRules.CheckPhone(phone, "联系电话"));

    [Theory]
    [InlineData("xxgk@jiangjin.gov.cn")]
    [InlineData("12")]
    [InlineData("周一至周五")]
    public void Phone_refuses_text_and_too_few_digits(string phone) =>
        Assert.StartsWith("联系电话格式不正确", ContactRules.CheckPhone(phone, "联系电话"));

    [Theory]
    [InlineData("xxgk@jiangjin.gov.cn", true)]
    [InlineData("", true)]
    [InlineData("xxgk.jiangjin.gov.cn", false)]
    [InlineData("xxgk@localhost", false)]
    public void Email_needs_an_at_sign_and_a_domain(string email, bool valid) => Assert.Equal(valid, ContactRules.CheckEmail(email) is null);
}
