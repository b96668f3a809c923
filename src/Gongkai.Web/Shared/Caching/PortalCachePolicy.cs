using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Shared.Caching;

/// <summary>Added on top of the default output-cache policy (GET/HEAD only, never for an
/// authenticated user or a request with credentials, never a response that sets a cookie or is not
/// 200): tags the entry with its organ, and releases scheduled items when their time comes.</summary>
public sealed class PortalCachePolicy : IOutputCachePolicy
{
    /// <summary>The staff sign-in cookie (IdentityFeature).</summary>
    private const string StaffCookie = "gongkai.auth";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Request.Cookies.ContainsKey(StaffCookie))
        {
            // A staff cookie that did not authenticate (expired, signed out elsewhere): the response
            // may still differ (redirects, clearing the cookie), so keep out of the cache.
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return;
        }

        context.Tags.Add(PortalCache.AllTag);
        var path = http.Request.Path.Value ?? "";
        if (path.StartsWith("/sitemap", StringComparison.Ordinal))
        {
            context.Tags.Add(PortalCache.SitemapTag);
        }
        else if (path.TrimEnd('/') == "/xxgk" || http.GetEndpoint()?.Metadata.GetMetadata<CrossOrganPageAttribute>() is not null)
        {
            context.Tags.Add(PortalCache.DirectoryTag);
        }

        if (http.Request.RouteValues.TryGetValue("orgId", out var value) && int.TryParse(value?.ToString(), out var orgId))
        {
            context.Tags.Add(PortalCache.OrganTag(orgId));
        }

        await http.RequestServices.GetRequiredService<PortalCache>().ReleaseDueAsync(http.RequestServices, cancellation);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
