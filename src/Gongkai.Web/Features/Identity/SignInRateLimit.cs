using System.Threading.RateLimiting;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Identity;

/// <summary>Per-IP limit on sign-in attempts (SECURITY.md S14), on top of the per-account lockout:
/// it slows down guessing across many accounts. Counters are per node, so a multi-node deployment
/// also needs a limit at the gateway.</summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, SecurityOptions security) =>
        services.AddRateLimiter(o =>
        {
            // The middleware's default is 503, which would read as an outage.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimit))
                    .LogWarning("Sign-in rate limit hit from {Ip}", context.HttpContext.Connection.RemoteIpAddress);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(Policy, context => context.Request.Method != HttpMethods.Post
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = security.SignInsPerMinutePerIp,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
}
