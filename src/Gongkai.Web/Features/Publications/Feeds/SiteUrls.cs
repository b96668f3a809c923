using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications.Feeds;

/// <summary>Absolute public URLs for feeds and the sitemap. They are cached and read by search
/// engines, so they must never follow whatever Host header a request brings:
/// <c>Gongkai:Site:BaseUrl</c> when set (production); else the request's host only when
/// <c>AllowedHosts</c> lists the hosts (the host filter has then refused any other) or on a
/// developer's machine; else the address the server listens on.</summary>
public static class SiteUrls
{
    public static string BaseUrl(HttpContext http)
    {
        var services = http.RequestServices;
        var configured = services.GetRequiredService<IOptions<GongkaiOptions>>().Value.Site.BaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim().TrimEnd('/');
        }

        var allowedHosts = services.GetRequiredService<IConfiguration>()["AllowedHosts"];
        var environment = services.GetRequiredService<IWebHostEnvironment>();
        if ((!string.IsNullOrWhiteSpace(allowedHosts) && allowedHosts.Trim() != "*")
            || environment.IsDevelopment() || environment.IsEnvironment("Testing"))
        {
            return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}".TrimEnd('/');
        }

        var listening = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (listening is null || !Uri.TryCreate(listening.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri))
        {
            return "http://localhost";
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
    }

    public static string Platform(int orgId) => $"/xxgk/{orgId}";

    public static string Column(int orgId, string key) => $"/xxgk/{orgId}/{key}";

    public static string Item(int orgId, int id) => $"/xxgk/{orgId}/item/{id}";
}
