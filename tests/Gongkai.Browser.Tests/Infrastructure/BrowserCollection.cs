namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>All browser tests share one app and one Chromium: starting either costs seconds, and
/// each test still gets its own browser context. The tests in it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
