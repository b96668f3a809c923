using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Portal;

/// <summary>The home page on the smallest phone and on a common laptop, with the demo data: the
/// newest items come first, every block whose feature exists is there, and the page fits the
/// width. A full-page screenshot is kept for people to look at (bin/…/screenshots) and compared
/// by its size only: a page wider than the viewport makes a wider picture.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class HomePageLayoutTests(DemoBrowserApp app)
{
    [Theory]
    [InlineData(SiteCrawl.PhoneWidth, SiteCrawl.PhoneHeight, false)]
    [InlineData(1366, 768, false)]
    // Large text on the phone is where an older reader's page would overflow first.
    [InlineData(SiteCrawl.PhoneWidth, SiteCrawl.PhoneHeight, true)]
    public async Task Home_page_shows_the_newest_items_and_every_section_and_fits_the_width(int width, int height, bool largeText)
    {
        var (newest, notices) = await NewestAsync();
        Assert.NotEmpty(newest);
        var entries = app.Services.GetServices<IPortalEntry>().ToList();
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync(largeText ? "/preferences/large-text?on=1&returnUrl=/" : "/");
        Assert.Equal(largeText, (await page.Locator("html").GetAttributeAsync("class") ?? "").Contains("large-text"));

        // 最新信息 and 通知公告: the newest public items, newest first, as the database has them.
        Assert.Equal(newest, await page.Locator("#latest-list > li > a").AllInnerTextsAsync());
        Assert.Equal(notices, await page.Locator("#notice-list > li > a").AllInnerTextsAsync());
        var sections = new List<string> { "最新信息", "通知公告", "政策文件" };
        sections.AddRange(entries.Select(e => e.Section).Distinct().Select(PortalEntries.Label));
        foreach (var heading in sections)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
        }

        // Each registered 办事服务 / 互动交流 / 信息发布 entry, reachable on screen.
        foreach (var entry in entries)
        {
            await Assertions.Expect(page.Locator($".entry-list a[href='{entry.Url}']")).ToBeVisibleAsync();
        }

        var overflow = await page.OverflowAsync();
        Assert.False(overflow.ScrollsSideways, $"the home page at {width}px is {overflow}");
        var shot = await page.ScreenshotAsync(new() { FullPage = true, Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"home-{width}x{height}{(largeText ? "-large-text" : "")}.png") });
        Assert.Equal(width, PngWidth(shot));

        // One column on the phone (blocks stacked), several side by side on the laptop.
        var columns = (await page.Locator(".home-block").EvaluateAllAsync<double[]>("els => els.map(e => Math.round(e.getBoundingClientRect().left))")).Distinct().Count();
        Assert.Equal(width < 760 ? 1 : 3, columns);
        if (width < 760)
        {
            // On the phone every link of the home page's blocks is a block of its own, so each is a
            // full tap target, not only the navigation.
            var small = await page.SmallTapTargetsAsync(".home-directory a, .home-block a");
            Assert.True(small.Length == 0, $"home page tap targets under {PhoneChecks.MinTarget}px: {string.Join("; ", small)}");
        }
    }

    private async Task<(List<string> Newest, List<string> Notices)> NewestAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Gongkai.Web.Data.GongkaiDbContext>();
        var visible = db.Set<Publication>().AsNoTracking().VisibleAt(app.Clock.GetUtcNow()).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id);
        return (await visible.Select(p => p.Title).Take(10).ToListAsync(),
            await visible.Where(p => PortalHome.NoticeGenres.Contains(p.Genre)).Select(p => p.Title).Take(8).ToListAsync());
    }

    // A PNG starts with its 8-byte signature and the IHDR chunk: width is the big-endian int at 16.
    private static int PngWidth(byte[] png) => (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
}
