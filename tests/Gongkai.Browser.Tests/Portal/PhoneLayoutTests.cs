using Gongkai.Browser.Tests.Infrastructure;

namespace Gongkai.Browser.Tests.Portal;

/// <summary>Most citizens arrive on a phone: pages must fit its width (wide tables scroll inside
/// their own box, never the whole page).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/calendar")]
    [InlineData("/calendar?year=2020&from=2020-09-25&workingDays=20")]
    public async Task Page_has_no_horizontal_scroll_on_a_390px_wide_phone(string path)
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(path);
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= clientWidth, $"{path} is {scrollWidth}px wide in a {clientWidth}px phone viewport");
    }
}
