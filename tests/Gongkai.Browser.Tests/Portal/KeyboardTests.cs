using Gongkai.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Portal;

/// <summary>Everything works from the keyboard (GB/T 37668): the skip link comes first, and the
/// search box and the main navigation are reached with Tab.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserApp app)
{
    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_main()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到主要内容", await FocusedAsync(page, "el => el.textContent.trim()"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.getBoundingClientRect().left >= 0"),
            "the focused skip link must be visible on screen");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await FocusedAsync(page, "el => el.id"));
    }

    [Fact]
    public async Task Search_box_and_every_main_navigation_link_are_reached_with_Tab()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        var navLinks = await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.NotEmpty(navLinks);

        var reached = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await FocusedAsync(page, "el => el.id === 'site-q' ? '#site-q' : el.textContent.trim()"));
        }

        Assert.Contains("#site-q", reached);
        Assert.All(navLinks, link => Assert.Contains(link.Trim(), reached));
        Assert.True(reached.IndexOf("#site-q") < reached.IndexOf(navLinks[0].Trim()), "search comes before the navigation, as it is drawn");
    }

    private static Task<string> FocusedAsync(IPage page, string expression) =>
        page.EvaluateAsync<string>($"() => ({expression})(document.activeElement)");
}
