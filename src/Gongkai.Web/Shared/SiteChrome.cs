using Microsoft.Extensions.Options;

namespace Gongkai.Web.Shared;

/// <summary>What the layout needs about the site and the visitor's display preference.</summary>
public sealed class SiteChrome(IOptions<GongkaiOptions> options, IHttpContextAccessor http)
{
    public const string LargeTextCookie = "gk-large-text";

    public SiteOptions Site => options.Value.Site;

    public bool IsTrial => options.Value.Security.Profile == SecurityProfile.Trial;

    /// <summary>An absolute address for Open Graph tags: the configured public address, else the request's own.</summary>
    public string AbsoluteUrl(string path)
    {
        var request = http.HttpContext?.Request;
        var root = Site.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') : request is null ? "" : $"{request.Scheme}://{request.Host}";
        return root + path;
    }

    public bool LargeText => http.HttpContext?.Request.Cookies[LargeTextCookie] == "1";
}
