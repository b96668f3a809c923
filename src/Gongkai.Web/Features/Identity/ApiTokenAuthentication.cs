using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Gongkai.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>Authenticates <c>Authorization: Bearer …</c> on /api against the stored token hashes.
/// The principal is built like a cookie sign-in's, so the same roles and policies apply.</summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    GongkaiDbContext db, IUserClaimsPrincipalFactory<StaffUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = HashOf(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow();
        var token = await db.Set<ApiToken>().Include(t => t.User).FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (token?.User is null || !token.IsActive(now) || token.User.IsDisabled
            // Identity sets and checks lockouts with the system clock, so compare against that.
            || (token.User.LockoutEnd is { } lockout && lockout > DateTimeOffset.UtcNow))
        {
            Logger.LogInformation("Bearer token refused (unknown, expired, revoked or disabled account)");
            return AuthenticateResult.Fail("令牌无效、已过期或已被撤销。");
        }

        // Recording every use would write on every request; once a minute is enough to show activity.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        var principal = await principals.CreateAsync(token.User);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status401Unauthorized, "未认证", "请提供有效的访问令牌（Authorization: Bearer …）。");

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        await IdentityFeature.RecordDenialAsync(Context);
        await WriteProblem(StatusCodes.Status403Forbidden, "无权访问", "当前账户无权执行此操作。");
    }

    private Task WriteProblem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Response.WriteAsJsonAsync(new { type = "about:blank", title, status, detail }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
