using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Web.Shared;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Portal;

/// <summary>适老化 (《互联网网站适老化通用设计规范》): the large-text mode is more than bigger
/// letters — it also spaces the lines further apart and raises the contrast of body text, muted
/// text and links — and the choice is remembered (a lasting cookie) on every page and on the next
/// visit, on a phone as on a desktop.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class LargeTextModeTests(DemoBrowserApp app)
{
    [Fact]
    public async Task Large_text_mode_raises_size_line_spacing_and_contrast_and_is_remembered_across_pages_and_visits()
    {
        var page = await app.NewPageAsync(SiteCrawl.PhoneWidth, SiteCrawl.PhoneHeight);
        await page.GotoAsync("/");
        var standard = await MeasureAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "大字模式" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("large-text");
        var large = await MeasureAsync(page);

        Assert.True(large.FontSize > standard.FontSize, $"text {standard.FontSize}px → {large.FontSize}px");
        // Line spacing relative to the letters, so it is not merely the larger font.
        Assert.True(large.LineSpacing > standard.LineSpacing, $"line spacing {standard.LineSpacing:F2} → {large.LineSpacing:F2} × font size");
        Assert.True(large.TextContrast > standard.TextContrast, $"body text contrast {standard.TextContrast:F1} → {large.TextContrast:F1}");
        Assert.True(large.MutedContrast > standard.MutedContrast, $"muted text contrast {standard.MutedContrast:F1} → {large.MutedContrast:F1}");
        Assert.True(large.LinkContrast > standard.LinkContrast, $"link contrast {standard.LinkContrast:F1} → {large.LinkContrast:F1}");
        // WCAG 1.4.6 (enhanced contrast, AAA): 7:1 for every kind of text in the mode for weaker eyes.
        Assert.All(new[] { large.TextContrast, large.MutedContrast, large.LinkContrast }, c => Assert.True(c >= 7, $"contrast {c:F1} below 7:1"));
        Assert.False((await page.OverflowAsync()).ScrollsSideways, "large text must still fit a 360px phone");

        // Remembered: a cookie that outlives the browser session, on the next page and the next visit.
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == SiteChrome.LargeTextCookie);
        Assert.Equal("1", cookie.Value);
        Assert.True(DateTimeOffset.FromUnixTimeSeconds((long)cookie.Expires) > DateTimeOffset.UtcNow.AddDays(300), "the choice must last, not end with the session");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "政府信息公开" }).ClickAsync();
        await page.WaitForURLAsync("**/xxgk");
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("large-text");
        Assert.Equal(large.LineSpacing, (await MeasureAsync(page)).LineSpacing, 2);

        var nextVisit = await app.NewPageAsync(SiteCrawl.PhoneWidth, SiteCrawl.PhoneHeight);
        await nextVisit.Context.AddCookiesAsync([new() { Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path, Expires = cookie.Expires }]);
        await nextVisit.GotoAsync("/calendar");
        await Assertions.Expect(nextVisit.Locator("html")).ToHaveClassAsync("large-text");

        // And switched off again the same way, for everyone sharing the device.
        await nextVisit.GetByRole(AriaRole.Link, new() { Name = "标准字号" }).ClickAsync();
        await Assertions.Expect(nextVisit.Locator("html")).Not.ToHaveClassAsync("large-text");
        Assert.Equal(standard.LineSpacing, (await MeasureAsync(nextVisit)).LineSpacing, 2);
    }

    /// <summary>Computed styles of the body text, a muted line (the date under a home-page title,
    /// or a hint on other pages) and a link; contrast per WCAG's relative luminance
    /// against the colour actually behind the element.</summary>
    private static Task<Measure> MeasureAsync(IPage page) => page.EvaluateAsync<Measure>(
        """
        () => {
          const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          const behind = el => {
            for (let a = el; a; a = a.parentElement) {
              const c = rgb(getComputedStyle(a).backgroundColor);
              if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
            }
            return [255, 255, 255];
          };
          const contrast = el => {
            if (!el) return 0;
            const [a, b] = [lum(rgb(getComputedStyle(el).color).slice(0, 3)), lum(behind(el))];
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          };
          const body = getComputedStyle(document.body);
          return {
            fontSize: parseFloat(body.fontSize),
            lineSpacing: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
            textContrast: contrast(document.body),
            mutedContrast: contrast(document.querySelector('main .meta, main .hint')),
            linkContrast: contrast(document.querySelector('main a:not(.button)')),
          };
        }
        """);

    private sealed class Measure
    {
        public double FontSize { get; set; }

        public double LineSpacing { get; set; }

        public double TextContrast { get; set; }

        public double MutedContrast { get; set; }

        public double LinkContrast { get; set; }
    }
}
