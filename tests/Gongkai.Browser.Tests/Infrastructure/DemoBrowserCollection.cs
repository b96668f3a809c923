namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>Tests on the demo site share its one app and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class DemoBrowserCollection : ICollectionFixture<DemoBrowserApp>
{
    public const string Name = "browser-demo";
}
