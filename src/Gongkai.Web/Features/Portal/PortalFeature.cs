using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Portal;

public static class PortalFeature
{
    /// <summary>The home page, its entries plug-in (<see cref="IPortalEntry"/>) and 专题.</summary>
    public static IServiceCollection AddPortalFeature(this IServiceCollection services)
    {
        services.AddScoped<PortalHome>();
        services.AddScoped<Topics.TopicService>();
        return services;
    }

    /// <summary>The 适老化 large-text preference: a cookie, so it persists without an account and
    /// works without JavaScript.</summary>
    public static void MapPortalEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/preferences/large-text", (HttpContext context, TimeProvider clock, string? on, string? returnUrl) =>
        {
            context.Response.Cookies.Append(SiteChrome.LargeTextCookie, on == "1" ? "1" : "0", new CookieOptions
            {
                Expires = clock.GetUtcNow().AddYears(1),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                Secure = context.Request.IsHttps,
            });
            return Results.LocalRedirect(LocalUrl.OrDefault(returnUrl, "/"));
        });
}
