using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Shared.Network;

/// <summary>The named rate-limit policies. Each purpose has
/// its own bucket per client, so ten status look-ups cannot use up a staff member's sign-in
/// attempts. The client is the peer address after <see cref="ForwardedHeaders"/>. Counters are per
/// node: a multi-node deployment also needs a limit at the gateway.</summary>
public static class RateLimits
{
    /// <summary>Password step of the sign-in page (per client; the account has its lockout and
    /// <c>SignInThrottle</c>).</summary>
    public const string SignIn = "sign-in";

    /// <summary>Authenticator and recovery codes.</summary>
    public const string SecondFactor = "second-factor";

    /// <summary><c>POST /api/v1/auth/token</c>.</summary>
    public const string ApiToken = "api-token";

    /// <summary>Every anonymous write: the application form and <c>POST /api/v1/applications</c>
    /// today, the mailbox and comments tomorrow. A new public write endpoint adds
    /// <c>.RequireRateLimiting(RateLimits.PublicWrite)</c> or <c>[EnableRateLimiting(RateLimits.PublicWrite)]</c>.</summary>
    public const string PublicWrite = "public-write";

    /// <summary>The applicant's status look-up (tracking code and query password) and the public
    /// 办件进度 look-up (case number and check digits, also as <c>GET …?number=&amp;check=</c>).</summary>
    public const string StatusLookup = "status-lookup";

    public static IServiceCollection AddGongkaiRateLimits(this IServiceCollection services, SecurityOptions security) =>
        services.AddRateLimiter(o =>
        {
            // The middleware's default is 503, which would read as an outage.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits))
                    .LogWarning("Rate limit {Path} hit by {Client}", context.HttpContext.Request.Path.Value, ForwardedHeaders.ClientKey(context.HttpContext));
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(SignIn, context => PerClientWrites(context, security.SignInsPerMinutePerIp));
            o.AddPolicy(SecondFactor, context => PerClientWrites(context, security.SecondFactorsPerMinutePerIp));
            o.AddPolicy(ApiToken, context => PerClientWrites(context, security.TokenRequestsPerMinutePerIp));
            o.AddPolicy(PublicWrite, context => PerClientWrites(context, security.PublicWritesPerMinutePerClient));
            o.AddPolicy(StatusLookup, context => PerClientLookups(context, security.StatusLookupsPerMinutePerClient));
        });

    /// <summary>As <see cref="PerClientWrites"/>, and a GET that carries a query string is a look-up
    /// too (an API look-up asks by GET): only reading the empty form is free.</summary>
    private static RateLimitPartition<string> PerClientLookups(HttpContext context, int perMinute) =>
        HttpMethods.IsGet(context.Request.Method) && context.Request.QueryString.HasValue
            ? Limited(context, perMinute)
            : PerClientWrites(context, perMinute);

    /// <summary>Reading a form is free; each POST (or other write) counts against the client's bucket.</summary>
    private static RateLimitPartition<string> PerClientWrites(HttpContext context, int perMinute) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : Limited(context, perMinute);

    private static RateLimitPartition<string> Limited(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(ForwardedHeaders.ClientKey(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
