using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;

namespace Gongkai.Web.Features.Identity;

/// <summary>Revokes a token and records who did it, for the API and the admin page alike.</summary>
public sealed class ApiTokenRevoker(GongkaiDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task RevokeAsync(ApiToken token, CancellationToken ct)
    {
        if (token.RevokedAt is not null)
        {
            return;
        }

        token.RevokedAt = clock.GetUtcNow();
        audit.Record("apiToken.revoked", targetType: "ApiToken", targetId: token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            detail: $"撤销令牌 {token.Prefix}（账户 {token.UserId}）");
        await db.SaveChangesAsync(ct);
    }
}
