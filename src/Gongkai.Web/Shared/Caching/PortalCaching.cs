using Gongkai.Web.Shared;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Shared.Caching;

/// <summary>Registers the output cache and the <see cref="PortalCache.PolicyName"/> policy.</summary>
public static class PortalCaching
{
    public static IServiceCollection AddPortalCaching(this IServiceCollection services)
    {
        services.AddSingleton<PortalCache>();
        services.AddOutputCache(o =>
        {
            o.AddPolicy(PortalCache.PolicyName, b => b
                .AddPolicy<PortalCachePolicy>()
                // Only the parameters the pages read: a random query string must not fill the cache.
                .SetVaryByQuery("page", "sort", "view")
                // The layout renders the 大字模式 preference from its cookie.
                .VaryByValue(c => new("lt", c.Request.Cookies[SiteChrome.LargeTextCookie] == "1" ? "1" : "0"))
                .Expire(PortalCache.MaxAge));
        });
        return services;
    }

    /// <summary>A feature's own portal policy: the <see cref="PortalCachePolicy"/> rules (anonymous GETs,
    /// organ tags, the 大字模式 cookie, <see cref="PortalCache.MaxAge"/>) plus the feature's tag, which its
    /// service evicts when it saves what these pages show. Only <paramref name="queryKeys"/> vary an entry,
    /// so a random query string does not fill the cache.</summary>
    public static void AddFeaturePortalPolicy(this OutputCacheOptions o, string policyName, string tag, params string[] queryKeys) =>
        o.AddPolicy(policyName, b => b
            .AddPolicy<PortalCachePolicy>()
            .SetVaryByQuery(queryKeys)
            .VaryByValue(c => new("lt", c.Request.Cookies[SiteChrome.LargeTextCookie] == "1" ? "1" : "0"))
            .Tag(tag)
            .Expire(PortalCache.MaxAge));
}
