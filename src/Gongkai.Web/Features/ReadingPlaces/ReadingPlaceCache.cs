using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.ReadingPlaces;

/// <summary>The /cxcs page. Output-cached like the other portal pages (<see cref="PortalCaching.AddFeaturePortalPolicy"/>)
/// and tagged <see cref="Tag"/>; the service evicts the tag whenever it saves what they show.</summary>
public sealed class ReadingPlaceCache(IOutputCacheStore store) : PortalAreaCache(store, Tag)
{
    public const string PolicyName = "ReadingPlaces";

    public const string Tag = "cxcs";
}
