namespace Gongkai.Web.Features.Identity;

/// <summary>A bearer token for the API. Only its SHA-256 hash is stored (SECURITY.md S5); the
/// token itself is shown once, to the person who asked for it.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public Guid UserId { get; set; }

    public StaffUser? User { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>The first characters, so a person can tell their tokens apart in the list.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public string? CreatedFromIp { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
