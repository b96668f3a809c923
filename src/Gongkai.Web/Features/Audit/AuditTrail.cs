using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Domain.Privacy;
using Gongkai.Domain.Text;
using Gongkai.Web.Data;

namespace Gongkai.Web.Features.Audit;

/// <summary>Records what staff do. <see cref="Record"/> adds the row to the current unit of work, so
/// it commits (or fails) together with the change; <see cref="WriteAsync"/> saves at once, for
/// events that change nothing else (a failed sign-in, an access denial).</summary>
public sealed class AuditTrail(GongkaiDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public AuditEntry Record(string eventType, bool success = true, string? targetType = null, string? targetId = null,
        object? before = null, object? after = null, string? detail = null, int? organizationId = null,
        Guid? userId = null, string? userName = null)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var now = clock.GetUtcNow();
        var entry = new AuditEntry
        {
            // Millisecond precision: the same value on every provider, so the hash verifies.
            At = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            EventType = eventType,
            Success = success,
            TargetType = targetType,
            TargetId = targetId,
            Before = Serialize(before),
            After = Serialize(after),
            Detail = detail is null ? null : Masker.MaskAll(BidiControls.Strip(detail)!),
            OrganizationId = organizationId,
            UserId = userId ?? ParseUserId(user),
            UserName = userName ?? (user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null),
            Role = user?.Identity?.IsAuthenticated == true ? RolesOf(user) : null,
            Ip = context?.Connection.RemoteIpAddress?.ToString() ?? (context is null ? null : "unknown"),
            UserAgent = Truncate(context?.Request.Headers.UserAgent.ToString(), 512),
            RequestId = context?.TraceIdentifier,
        };
        db.Add(entry);
        return entry;
    }

    public async Task WriteAsync(string eventType, bool success = true, string? targetType = null, string? targetId = null,
        string? detail = null, Guid? userId = null, string? userName = null, CancellationToken ct = default)
    {
        Record(eventType, success, targetType, targetId, detail: detail, userId: userId, userName: userName);
        await db.SaveChangesAsync(ct);
    }

    private static readonly PersonalInformationMasker Masker = new();

    /// <summary>Before/after and detail are masked as they are written: the audit log is read by
    /// administrators who have no business seeing an applicant's identity number or phone.
    /// Bidirectional controls go too: the log shows titles as typed, and must not reorder them
    ///.</summary>
    private static string? Serialize(object? value) => value switch
    {
        null => null,
        string s => Masker.MaskAll(BidiControls.Strip(s)!),
        _ => Masker.MaskAll(BidiControls.Strip(JsonSerializer.Serialize(value, Json))!),
    };

    private static Guid? ParseUserId(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static string? RolesOf(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return roles.Count == 0 ? "staff" : string.Join(",", roles);
    }

    private static string? Truncate(string? value, int max) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];
}
