using Gongkai.Web.Features.Publications.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary>/bszn pages are output-cached like the other portal pages, tagged <see cref="Tag"/>;
/// approving or withdrawing a guide evicts them, so the next visitor sees the change.</summary>
public sealed class ServiceGuideCache(IOutputCacheStore store)
{
    public const string PolicyName = "ServiceGuides";

    public const string Tag = "bszn";

    public Task ChangedAsync(CancellationToken ct = default) => store.EvictByTagAsync(Tag, ct).AsTask();

    internal static void AddPolicy(OutputCacheOptions o) => o.AddPolicy(PolicyName, b => b
        .AddPolicy<PortalCachePolicy>()
        .SetVaryByQuery("page", "theme", "q", "organization", "view")
        .VaryByValue(c => new("lt", c.Request.Cookies[Shared.SiteChrome.LargeTextCookie] == "1" ? "1" : "0"))
        .Tag(Tag)
        .Expire(PortalCache.MaxAge));
}
