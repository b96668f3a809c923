using System.Security.Cryptography;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary><c>POST /api/v1/auth/token</c> and the person's own token list and revocation.</summary>
public static class ApiTokenEndpoints
{
    public sealed record TokenRequest(string? UserName, string? Password, string? Totp);

    public static void MapApiTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/token", IssueAsync).WithSummary("以工作人员账号（及动态口令）换取 Bearer 令牌").AllowAnonymous().DisableAntiforgery().RequireRateLimiting(Gongkai.Web.Shared.Network.RateLimits.ApiToken);

        var mine = app.MapGroup("/api/v1/auth/tokens").RequireAuthorization(Policies.Staff);
        mine.MapGet("", async (StaffAccess access, GongkaiDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var tokens = await db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == access.UserId).OrderByDescending(t => t.Id).ToListAsync(ct);
            return Results.Ok(tokens.Select(t => new { t.Id, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt, active = t.IsActive(now) }));
        }).WithSummary("列出本人的接口令牌");
        mine.MapDelete("/{id:int}", async (int id, StaffAccess access, GongkaiDbContext db, ApiTokenRevoker revoker, CancellationToken ct) =>
        {
            var token = await db.Set<ApiToken>().FirstOrDefaultAsync(t => t.Id == id, ct);
            if (token is null || (token.UserId != access.UserId && !access.IsSecurityAdmin))
            {
                return Problems.NotFound("没有这个令牌。");
            }

            await revoker.RevokeAsync(token, ct);
            return Results.NoContent();
        }).WithSummary("吊销一个接口令牌");
    }

    private static async Task<IResult> IssueAsync(TokenRequest? request, UserManager<StaffUser> users, SignInManager<StaffUser> signIn,
        SignInHistory history, GongkaiDbContext db, AuditTrail audit, IOptions<GongkaiOptions> options, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.BadRequest("请提供用户名（userName）和密码（password）。");
        }

        // Unknown, disabled and locked accounts get the wrong-password answer.
        const string wrong = Account.LoginModel.WrongCredentials;
        var name = request.UserName.Trim();
        var throttle = http.RequestServices.GetRequiredService<SignInThrottle>();
        var client = Shared.Network.ForwardedHeaders.ClientKey(http);
        if (throttle.IsThrottled(client, name))
        {
            await history.RecordAsync(name, null, false, "该地址失败次数过多", "apiToken.refused", ct);
            return Results.Problem(throttle.Message, statusCode: StatusCodes.Status429TooManyRequests, title: "请求过多");
        }

        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            throttle.RecordFailure(client, name);
            await history.RecordAsync(name, null, false, "用户不存在", "apiToken.refused", ct);
            return Problems.Unauthorized(wrong);
        }

        if (user.IsDisabled)
        {
            throttle.RecordFailure(client, name);
            await history.RecordAsync(user.UserName!, user.Id, false, "账户已停用", "apiToken.refused", ct);
            return Problems.Unauthorized(await users.CheckPasswordAsync(user, request.Password) ? "该账户已停用，请联系系统管理员。" : wrong);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            throttle.RecordFailure(client, name);
            await history.RecordAsync(user.UserName!, user.Id, false, check.IsLockedOut ? "账户已锁定" : "密码错误", "apiToken.refused", ct);
            return Problems.Unauthorized(wrong);
        }

        throttle.Clear(client, name);

        var security = options.Value.Security;
        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.Totp)
                || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, request.Totp))
            {
                await users.AccessFailedAsync(user);
                await history.RecordAsync(user.UserName!, user.Id, false, "动态口令错误", "apiToken.refused", ct);
                return Problems.Unauthorized("动态口令（totp）缺失或不正确。");
            }
        }
        else if (security.IsLevel3)
        {
            await history.RecordAsync(user.UserName!, user.Id, false, "未绑定动态口令", "apiToken.refused", ct);
            return Problems.Forbidden("请先在网页登录并绑定动态口令，再申请访问令牌。");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        if (StaffClaims.RequiredStep(principal, security, clock.GetUtcNow()) == "/account/change-password")
        {
            await history.RecordAsync(user.UserName!, user.Id, false, "需修改密码", "apiToken.refused", ct);
            return Problems.Forbidden("密码为初始密码或已过期，请先在网页登录修改密码。");
        }

        await users.ResetAccessFailedCountAsync(user);
        var secret = "gk_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var token = new ApiToken
        {
            UserId = user.Id,
            TokenHash = ApiTokenAuthentication.HashOf(secret),
            Prefix = secret[..10],
            CreatedAt = now,
            ExpiresAt = now.AddHours(security.ApiTokenLifetimeHours),
            CreatedFromIp = http.Connection.RemoteIpAddress?.ToString(),
        };
        db.Add(token);
        await history.RecordAsync(user.UserName!, user.Id, true, "签发访问令牌 " + token.Prefix, "apiToken.issued", ct);
        return Results.Ok(new { token = secret, tokenType = "Bearer", expiresAt = token.ExpiresAt });
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
