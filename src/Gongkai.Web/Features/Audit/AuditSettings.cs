namespace Gongkai.Web.Features.Audit;

/// <summary>Audit settings the audit administrator changes at run time (one row). Absent until
/// first saved; until then the configured default applies.</summary>
public sealed class AuditSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Days an audit row is kept; never below <see cref="AuditTriggers.FloorDays"/>.</summary>
    public int RetentionDays { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
