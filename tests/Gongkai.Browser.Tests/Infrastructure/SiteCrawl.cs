using System.Text.RegularExpressions;
using Gongkai.Web.Shared;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>A crawl of the public site as a phone visitor meets it: the home page, every page it
/// links to, and every page those link to (two levels), one page per URL pattern, each opened at
/// 360 × 740 and measured once (overflow, axe, tap targets; overflow again in large-text mode). The page list is collected from the
/// links, never written down, so pages other features add are crawled without anyone listing
/// them.</summary>
public sealed partial class SiteCrawl
{
    /// <summary>The smallest phone the district supports (360 px, the common Android width).</summary>
    public const int PhoneWidth = 360;

    public const int PhoneHeight = 740;

    /// <summary>Enough for one page of every public pattern today with room to grow; the cap keeps
    /// the suite's time bounded when a feature adds many (the crawl reports when it stopped).</summary>
    public const int MaxPages = 120;

    private const int Tabs = 3;

    // Not pages a citizen reads: staff and sign-in pages (their own tests), the large-text switch
    // (it would change the mode mid-crawl; PublicPageAccessibilityTests covers it), and files,
    // exports, feeds and APIs, which are not HTML. Downloads are recognised by their address, so
    // the crawl never waits for a file; a file behind an ordinary address is told by its type.
    private static readonly string[] SkippedPrefixes = ["/admin", "/account", "/preferences", "/api", "/healthz", "/swagger", "/openapi"];

    private static readonly string[] SkippedWords = ["attachment", "download", "export", "/files/", "/file/", "logout", "signout", "sign-out", "/feed", ".rss", ".atom"];

    private static readonly string[] SkippedExtensions = [".xlsx", ".xls", ".docx", ".doc", ".pdf", ".csv", ".zip", ".json", ".xml", ".txt", ".ofd", ".wps", ".svg", ".png", ".jpg", ".ico"];

    private SiteCrawl(IReadOnlyList<CrawledPage> pages, bool capped)
    {
        Pages = pages;
        Capped = capped;
    }

    public IReadOnlyList<CrawledPage> Pages { get; }

    /// <summary>Whether the crawl stopped at <see cref="MaxPages"/> with patterns left unvisited.</summary>
    public bool Capped { get; }

    public static async Task<SiteCrawl> RunAsync(BrowserApp app)
    {
        var origin = app.BaseAddress.GetLeftPart(UriPartial.Authority);
        var first = await app.NewPageAsync(PhoneWidth, PhoneHeight);
        // Each page is also opened in large-text mode (a second context holding the 大字模式
        // cookie), where an older reader's phone overflows first; only the width is measured there.
        var firstLarge = await app.NewPageAsync(PhoneWidth, PhoneHeight);
        await firstLarge.Context.AddCookiesAsync([new() { Name = SiteChrome.LargeTextCookie, Value = "1", Url = origin }]);
        // A few tabs work through each level together: most of a page's time is the browser
        // laying it out and axe reading it, which tabs do side by side.
        var tabs = new List<(IPage Standard, IPage Large)> { (first, firstLarge) };
        for (var i = 1; i < Tabs; i++)
        {
            tabs.Add((await first.Context.NewPageAsync(), await firstLarge.Context.NewPageAsync()));
        }

        var home = new Uri(app.BaseAddress, "/");
        var seen = new HashSet<string>(StringComparer.Ordinal) { Pattern(home) };
        var pages = new List<CrawledPage>();
        var level = new List<(Uri Url, string From)> { (home, "") };
        var capped = false;
        for (var depth = 0; depth <= 2 && level.Count > 0; depth++)
        {
            if (pages.Count + level.Count > MaxPages)
            {
                capped = true;
                level = level.Take(MaxPages - pages.Count).ToList();
            }

            var results = new (CrawledPage? Page, string[] Links)[level.Count];
            var nextIndex = -1;
            await Task.WhenAll(tabs.Select(async tab =>
            {
                for (var i = Interlocked.Increment(ref nextIndex); i < level.Count; i = Interlocked.Increment(ref nextIndex))
                {
                    results[i] = await VisitAsync(tab.Standard, tab.Large, level[i].Url, level[i].From);
                }
            }));

            var next = new List<(Uri, string)>();
            for (var i = 0; i < level.Count; i++)
            {
                if (results[i].Page is not { } visited)
                {
                    continue;
                }

                pages.Add(visited);
                foreach (var link in depth == 2 ? Array.Empty<string>() : results[i].Links)
                {
                    if (Uri.TryCreate(link, UriKind.Absolute, out var target) && target.GetLeftPart(UriPartial.Authority) == origin
                        && IsPublicPage(target) && seen.Add(Pattern(target)))
                    {
                        next.Add((target, level[i].Url.PathAndQuery));
                    }
                }
            }

            level = next;
        }

        await first.Context.CloseAsync();
        await firstLarge.Context.CloseAsync();
        return new SiteCrawl(pages, capped);
    }

    /// <summary>The shape of a URL: path segments holding a digit become {n} (ids, years, 索引号)
    /// and the query keeps its keys only, so /xxgk/12/item/345?page=2 and /xxgk/7/item/9?page=3 are
    /// one pattern and only the first is opened.</summary>
    public static string Pattern(Uri url)
    {
        var path = string.Join('/', url.AbsolutePath.Split('/').Select(s => Digit().IsMatch(s) ? "{n}" : s.ToLowerInvariant()));
        var keys = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Uri.UnescapeDataString(p.Split('=')[0])).Distinct().Order(StringComparer.Ordinal);
        var query = string.Join('&', keys);
        return query.Length == 0 ? path : path + "?" + query;
    }

    private static bool IsPublicPage(Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath).ToLowerInvariant();
        return !SkippedPrefixes.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal))
            && !SkippedWords.Any(w => path.Contains(w, StringComparison.Ordinal))
            && !SkippedExtensions.Any(e => path.EndsWith(e, StringComparison.Ordinal));
    }

    private static async Task<(CrawledPage? Page, string[] Links)> VisitAsync(IPage page, IPage largeText, Uri url, string from)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url.ToString());
        }
        catch (PlaywrightException e) when (e.Message.Contains("Download", StringComparison.OrdinalIgnoreCase))
        {
            // A file behind an ordinary-looking link: not a page to lay out.
            return (null, []);
        }

        var status = response?.Status ?? 0;
        var type = response is null ? "" : (await response.AllHeadersAsync()).GetValueOrDefault("content-type", "");
        if (status is >= 200 and < 400 && !type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return (null, []);
        }

        var path = url.PathAndQuery;
        if (status >= 400)
        {
            return (new CrawledPage(path, from, status, null, null, [], [], started.Elapsed), []);
        }

        var links = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href]:not([download])')].map(a => a.href.split('#')[0])");
        var overflow = await page.OverflowAsync();
        var small = await page.SmallTapTargetsAsync();
        var axe = await page.SeriousViolationsAsync();
        await largeText.GotoAsync(url.ToString());
        var largeOverflow = await largeText.OverflowAsync();
        return (new CrawledPage(path, from, status, overflow, largeOverflow, small, axe, started.Elapsed), links);
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}

/// <summary>One crawled page and what was measured on it, the width in both text modes;
/// <see cref="Overflow"/> and <see cref="LargeTextOverflow"/> are null for a page that answered an error. <see cref="Took"/> is the time spent on it, for keeping the crawl
/// quick.</summary>
public sealed record CrawledPage(string Path, string LinkedFrom, int Status, PhoneChecks.Overflow? Overflow, PhoneChecks.Overflow? LargeTextOverflow,
    IReadOnlyList<string> SmallTapTargets, IReadOnlyList<string> AxeViolations, TimeSpan Took);
