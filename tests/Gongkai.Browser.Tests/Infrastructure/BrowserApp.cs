using System.Net;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>The real application served by Kestrel on 127.0.0.1 (a free port), on its own fresh
/// database (see <see cref="GongkaiFactory"/>), and one headless Chromium to drive it. A browser
/// cannot reach the in-memory TestServer, hence Kestrel. Each test opens its own browser context
/// (<see cref="NewPageAsync"/>), so cookies never leak from one test into the next.</summary>
public class BrowserApp : GongkaiFactory, IAsyncLifetime
{
    /// <summary>Debian's package, which CI installs with apt: Playwright's own browser download
    /// cannot work on a machine that reaches only package registries.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps dialling Google's hosts, which this
    // closed network refuses; the rest keep start-up quiet and quick in a container run as root.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserApp()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("GONGKAI_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser starts in InitializeAsync.");

    async Task IAsyncLifetime.InitializeAsync()
    {
        // A missing browser must fail loudly: a skipped browser suite would pass CI unseen.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}. Install Debian's package (apt-get install chromium fonts-noto-cjk) " +
                "or point GONGKAI_CHROMIUM at a Chromium binary. The browser tests do not skip without it.");
        }

        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());

        // The first requests JIT the sign-in and portal pages; on a busy two-core CI machine that
        // alone can eat most of a test's wait, so it is paid here, once, before any test starts.
        using (var warmUp = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) })
        {
            foreach (var path in new[] { "/healthz", "/", "/account/login", "/search?q=公开" })
            {
                (await warmUp.GetAsync(path)).Dispose();
            }
        }

        playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(60_000);
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A page in a fresh browser context (no cookies), at a desktop size unless told.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "zh-CN",
        });
        // Pages come from loopback, but CI runs this suite beside the HTTP suite on two cores, where a
        // page can take seconds: generous waits keep a slow machine from failing a correct page.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }
}
