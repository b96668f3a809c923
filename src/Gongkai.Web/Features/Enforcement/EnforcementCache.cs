using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>The /zfgs pages are output-cached like the other portal pages and carry <see cref="Tag"/>;
/// a publication or withdrawal evicts them. A decision leaving view at the end of its publicity
/// period needs no event: entries live at most <see cref="PortalCache.MaxAge"/> and the period is
/// compared with today at query time.</summary>
public sealed class EnforcementCache(IOutputCacheStore store) : PortalAreaCache(store, Tag)
{
    public const string PolicyName = "Enforcement";

    public const string Tag = "zfgs";
}
