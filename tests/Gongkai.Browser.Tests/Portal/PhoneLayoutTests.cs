using Gongkai.Browser.Tests.Infrastructure;

namespace Gongkai.Browser.Tests.Portal;

/// <summary>Most citizens arrive on a phone: pages must fit its width (wide tables scroll inside
/// their own box, never the whole page).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserApp app)
{
    [Theory]
    [InlineData("/", false)]
    [InlineData("/calendar", false)]
    [InlineData("/calendar?year=2020&from=2020-09-25&workingDays=20", false)]
    // Large text on a phone is where an older reader's page would overflow first.
    [InlineData("/", true)]
    [InlineData("/calendar?year=2020&from=2020-09-25&workingDays=20", true)]
    public async Task Page_has_no_horizontal_scroll_on_a_390px_wide_phone(string path, bool largeText)
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(largeText ? "/preferences/large-text?on=1&returnUrl=" + Uri.EscapeDataString(path) : path);
        Assert.Equal(largeText, (await page.Locator("html").GetAttributeAsync("class") ?? "").Contains("large-text"));
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= clientWidth, $"{path} is {scrollWidth}px wide in a {clientWidth}px phone viewport");
    }
}
