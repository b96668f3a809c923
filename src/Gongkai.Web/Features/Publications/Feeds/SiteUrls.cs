using Gongkai.Web.Shared;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications.Feeds;

/// <summary>Absolute public URLs for feeds and the sitemap: from <c>Gongkai:Site:BaseUrl</c> when
/// set (behind a gateway the request's host is not the public one), else from the request.</summary>
public static class SiteUrls
{
    public static string BaseUrl(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<GongkaiOptions>>().Value.Site.BaseUrl;
        var root = string.IsNullOrWhiteSpace(configured)
            ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
            : configured.Trim();
        return root.TrimEnd('/');
    }

    public static string Platform(int orgId) => $"/xxgk/{orgId}";

    public static string Column(int orgId, string key) => $"/xxgk/{orgId}/{key}";

    public static string Item(int orgId, int id) => $"/xxgk/{orgId}/item/{id}";
}
