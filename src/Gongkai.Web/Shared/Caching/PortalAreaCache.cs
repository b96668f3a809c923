using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Shared.Caching;

/// <summary>The cached public pages of one feature that are not an organ's platform (/bszn, /zfgs,
/// /yjzj…): registered with <see cref="PortalCaching.AddFeaturePortalPolicy"/> under the feature's
/// tag, and evicted through <see cref="ChangedAsync"/> by the service that saves what they show.</summary>
public abstract class PortalAreaCache(IOutputCacheStore store, string tag)
{
    public Task ChangedAsync(CancellationToken ct = default) => store.EvictByTagAsync(tag, ct).AsTask();
}
