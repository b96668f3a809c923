using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>The catalogue pages (/bzml, /xxgk/{orgId}/bzml). Output-cached like the other portal pages (<see cref="PortalCaching.AddFeaturePortalPolicy"/>)
/// and tagged <see cref="Tag"/>; the service evicts the tag whenever it saves what they show.</summary>
public sealed class StandardCatalogCache(IOutputCacheStore store) : PortalAreaCache(store, Tag)
{
    public const string PolicyName = "StandardCatalogs";

    public const string Tag = "bzml";
}
