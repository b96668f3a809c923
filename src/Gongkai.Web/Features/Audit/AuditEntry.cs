namespace Gongkai.Web.Features.Audit;

/// <summary>One row of the append-only audit log. The database refuses updates, and deletes of
/// rows younger than the legal floor (triggers created in the migrations).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Position in the hash chain; unique, so two writers cannot fork the chain.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public string? Role { get; set; }

    public int? OrganizationId { get; set; }

    public string? Ip { get; set; }

    public string? UserAgent { get; set; }

    /// <summary>A stable event code such as <c>signIn.failed</c> or <c>organization.updated</c>.</summary>
    public required string EventType { get; set; }

    public bool Success { get; set; }

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    /// <summary>JSON of the changed fields before the change, personal data masked.</summary>
    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Detail { get; set; }

    public string? RequestId { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    /// <summary>The fields covered by the hash, in a fixed order.</summary>
    public IEnumerable<string?> HashedFields()
    {
        yield return Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        yield return UserId?.ToString();
        yield return UserName;
        yield return Role;
        yield return OrganizationId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return Ip;
        yield return UserAgent;
        yield return EventType;
        yield return Success ? "1" : "0";
        yield return TargetType;
        yield return TargetId;
        yield return Before;
        yield return After;
        yield return Detail;
        yield return RequestId;
    }
}
