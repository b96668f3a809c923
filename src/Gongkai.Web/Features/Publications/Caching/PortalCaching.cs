using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Publications.Caching;

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
}
