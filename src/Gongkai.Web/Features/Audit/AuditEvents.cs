namespace Gongkai.Web.Features.Audit;

/// <summary>Event codes of the audit feature itself: the audit administrator's own actions are
/// audited too (GB/T 22239 8.1.5: 审计管理员 operations are recorded).</summary>
public static class AuditEvents
{
    public const string Exported = "audit.exported";

    public const string Verified = "audit.verified";

    public const string Purged = "audit.purged";

    public const string RetentionChanged = "audit.retentionChanged";
}
