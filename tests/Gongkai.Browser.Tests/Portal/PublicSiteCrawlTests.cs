using Gongkai.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gongkai.Browser.Tests.Portal;

/// <summary>Phone first, on every public page: the site is crawled from the home page two links
/// deep with the demo data (<see cref="SiteCrawl"/>), each page at 360 × 740, and every failing
/// page is named in one message so that one run shows all there is to fix.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class PublicSiteCrawlTests(DemoBrowserApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task Crawl_reaches_the_public_site_and_every_link_answers()
    {
        var crawl = await app.CrawlAsync();
        foreach (var p in crawl.Pages)
        {
            output.WriteLine($"{p.Status} {p.Path} {p.Took.TotalSeconds:F1}s (from {p.LinkedFrom})");
        }

        output.WriteLine($"{crawl.Pages.Count} pages{(crawl.Capped ? $", stopped at the cap of {SiteCrawl.MaxPages}" : "")}");

        // The home page links the directory, the normative documents, the demo items and every
        // portal entry; a crawl that found a handful of pages would prove nothing.
        Assert.True(crawl.Pages.Count >= 20, $"the crawl found only {crawl.Pages.Count} pages: {string.Join(", ", crawl.Pages.Select(p => p.Path))}");
        Assert.Contains(crawl.Pages, p => p.Path.Contains("/item/", StringComparison.Ordinal));
        var broken = crawl.Pages.Where(p => p.Status >= 400).Select(p => $"{p.Path} answered {p.Status} (linked from {p.LinkedFrom})").ToList();
        Assert.True(broken.Count == 0, $"{broken.Count} linked page(s) fail:\n{string.Join("\n", broken)}");
    }

    [Fact]
    public async Task No_public_page_scrolls_sideways_on_a_360px_phone_in_either_text_mode()
    {
        var crawl = await app.CrawlAsync();

        var failing = crawl.Pages.Where(p => p.Overflow is { ScrollsSideways: true }).Select(p => $"{p.Path}: {p.Overflow}")
            .Concat(crawl.Pages.Where(p => p.LargeTextOverflow is { ScrollsSideways: true }).Select(p => $"{p.Path} in large-text mode: {p.LargeTextOverflow}")).ToList();
        Assert.True(failing.Count == 0, $"{failing.Count} of {crawl.Pages.Count} pages scroll sideways at {SiteCrawl.PhoneWidth}px:\n{string.Join("\n", failing)}");
    }

    [Fact]
    public async Task No_public_page_has_serious_or_critical_axe_violations_on_a_phone()
    {
        var crawl = await app.CrawlAsync();

        var failing = crawl.Pages.Where(p => p.AxeViolations.Count > 0).Select(p => $"{p.Path}:\n{string.Join("\n", p.AxeViolations)}").ToList();
        Assert.True(failing.Count == 0, $"{failing.Count} of {crawl.Pages.Count} pages fail axe-core:\n{string.Join("\n", failing)}");
    }

    [Fact]
    public async Task Navigation_pager_button_and_form_control_tap_targets_are_44px_on_a_phone()
    {
        var crawl = await app.CrawlAsync();

        var failing = crawl.Pages.Where(p => p.SmallTapTargets.Count > 0)
            .Select(p => $"{p.Path}: {string.Join("; ", p.SmallTapTargets.Take(8))}{(p.SmallTapTargets.Count > 8 ? $" (+{p.SmallTapTargets.Count - 8} more)" : "")}").ToList();
        Assert.True(failing.Count == 0, $"{failing.Count} of {crawl.Pages.Count} pages have tap targets under {PhoneChecks.MinTarget}×{PhoneChecks.MinTarget}px:\n{string.Join("\n", failing)}");
    }
}
