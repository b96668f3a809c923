using Gongkai.Web.Shared.Demo;

namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>The browser app started with the demo data (<c>Gongkai:Demo=true</c>, what
/// <c>--demo</c> sets), so that the public pages have items, guides and lists to lay out. It
/// keeps the Level3 profile: only the data differs. Tests that read the demo data learn what it
/// holds from the pages and the database, never from a copy of the samples, because the samples
/// grow.</summary>
public sealed class DemoBrowserApp : BrowserApp
{
    public DemoBrowserApp()
    {
        With(DemoData.Setting, "true");
    }

    private Task<SiteCrawl>? crawl;

    /// <summary>The crawl of the public site, made once and shared by the tests that judge it
    /// (each page is opened once for all of them).</summary>
    public Task<SiteCrawl> CrawlAsync() => crawl ??= SiteCrawl.RunAsync(this);
}
