using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>The power-list pages are output-cached like the other portal pages (tagged with their
/// organ by <see cref="PortalCachePolicy"/>); the district-wide /qzqd pages carry
/// <see cref="DistrictTag"/>. An approved change evicts both. A cancellation that takes effect
/// later needs no event: entries live at most <see cref="PortalCache.MaxAge"/>, and the current
/// list is computed from the date at query time.</summary>
public sealed class PowerListCache(PortalCache portal, IOutputCacheStore store)
{
    public const string PolicyName = "PowerLists";

    public const string DistrictTag = "qzqd";

    public async Task ChangedAsync(int organizationId, CancellationToken ct = default)
    {
        await portal.OrganChangedAsync(organizationId, ct);
        await store.EvictByTagAsync(DistrictTag, ct);
    }
}
