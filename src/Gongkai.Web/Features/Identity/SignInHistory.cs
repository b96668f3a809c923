using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;

namespace Gongkai.Web.Features.Identity;

/// <summary>Writes one sign-in attempt to the history the person sees and to the audit log, in one
/// transaction.</summary>
public sealed class SignInHistory(GongkaiDbContext db, AuditTrail audit, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>A completed sign-in: remembered on the account and written to the history.</summary>
    public Task RecordSuccessAsync(StaffUser user, string how, CancellationToken ct = default)
    {
        // The account is tracked by this context (Identity loaded it), so this saves with the record.
        user.LastSignInAt = clock.GetUtcNow();
        return RecordAsync(user.UserName!, user.Id, true, how, "signIn.succeeded", ct);
    }

    public async Task RecordAsync(string userName, Guid? userId, bool success, string result, string eventType, CancellationToken ct = default)
    {
        var context = http.HttpContext;
        db.Add(new SignInRecord
        {
            UserId = userId,
            UserName = userName.Length > 256 ? userName[..256] : userName,
            At = clock.GetUtcNow(),
            Success = success,
            Result = result,
            Ip = context?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = context?.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? (ua.Length > 512 ? ua[..512] : ua) : null,
        });
        audit.Record(eventType, success, "StaffUser", userId?.ToString(), detail: result, userId: userId, userName: userName);
        await db.SaveChangesAsync(ct);
    }
}
