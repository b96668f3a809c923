using Microsoft.Extensions.Options;

namespace Gongkai.Web.Shared;

/// <summary>What the layout needs about the site and the visitor's display preference.</summary>
public sealed class SiteChrome(IOptions<GongkaiOptions> options, IHttpContextAccessor http)
{
    public const string LargeTextCookie = "gk-large-text";

    public SiteOptions Site => options.Value.Site;

    public bool IsTrial => options.Value.Security.Profile == SecurityProfile.Trial;

    public bool LargeText => http.HttpContext?.Request.Cookies[LargeTextCookie] == "1";
}
