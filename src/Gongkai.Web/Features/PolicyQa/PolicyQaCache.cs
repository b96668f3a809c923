using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.PolicyQa;

/// <summary>The /zcwd pages. Output-cached like the other portal pages (<see cref="PortalCaching.AddFeaturePortalPolicy"/>)
/// and tagged <see cref="Tag"/>; the service evicts the tag whenever it saves what they show.</summary>
public sealed class PolicyQaCache(IOutputCacheStore store) : PortalAreaCache(store, Tag)
{
    public const string PolicyName = "PolicyQa";

    public const string Tag = "zcwd";
}
