using Gongkai.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Portal;

/// <summary>GB/T 37668 and the 适老化 rules, as far as axe-core can check them, on every public
/// page that exists, in standard and in large-text mode.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPageAccessibilityTests(BrowserApp app)
{
    public static TheoryData<string> PublicPages =>
    [
        "/",
        "/calendar",
        "/calendar?year=2020&from=2020-09-25&workingDays=20",
        "/account/login",
        "/no-such-page",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_page_has_no_serious_or_critical_axe_violations(string path)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);
        await page.AssertNoSeriousViolationsAsync();
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_page_in_large_text_mode_has_no_serious_or_critical_axe_violations(string path)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/preferences/large-text?on=1&returnUrl=" + Uri.EscapeDataString(path));
        Assert.Contains("large-text", await page.Locator("html").GetAttributeAsync("class") ?? "");
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task Large_text_link_enlarges_the_text_and_the_choice_persists_on_the_next_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        var html = page.Locator("html");
        var standardSize = await BodyFontSizeAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "大字模式" }).ClickAsync();
        await Assertions.Expect(html).ToHaveClassAsync("large-text");
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.True(await BodyFontSizeAsync(page) > standardSize, "large-text mode must make the text larger");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "工作日查询" }).ClickAsync();
        await page.WaitForURLAsync("**/calendar");
        await Assertions.Expect(html).ToHaveClassAsync("large-text");

        await page.GetByRole(AriaRole.Link, new() { Name = "标准字号" }).ClickAsync();
        await Assertions.Expect(html).Not.ToHaveClassAsync("large-text");
        Assert.Equal("/calendar", new Uri(page.Url).AbsolutePath);
    }

    private static Task<double> BodyFontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");
}
