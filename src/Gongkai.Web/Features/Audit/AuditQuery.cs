namespace Gongkai.Web.Features.Audit;

/// <summary>The audit administrator's search filters. Dates are calendar days in China Standard
/// Time, as the administrator reads them; rows are stored in UTC.</summary>
public sealed class AuditQuery
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Part of the user name.</summary>
    public string? UserName { get; init; }

    /// <summary>An event code, or its prefix such as <c>audit.</c>.</summary>
    public string? EventType { get; init; }

    public bool? Success { get; init; }

    public int? OrganizationId { get; init; }

    /// <summary>Matches the target's type or id exactly.</summary>
    public string? Target { get; init; }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> rows)
    {
        if (From is { } from)
        {
            var start = AuditDisplay.StartOfChinaDay(from);
            rows = rows.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = AuditDisplay.StartOfChinaDay(to.AddDays(1));
            rows = rows.Where(e => e.At < end);
        }

        if (Clean(UserName) is { } user)
        {
            rows = rows.Where(e => e.UserName != null && e.UserName.Contains(user));
        }

        if (Clean(EventType) is { } eventType)
        {
            rows = rows.Where(e => e.EventType.StartsWith(eventType));
        }

        if (Success is { } success)
        {
            rows = rows.Where(e => e.Success == success);
        }

        if (OrganizationId is { } organizationId)
        {
            rows = rows.Where(e => e.OrganizationId == organizationId);
        }

        if (Clean(Target) is { } target)
        {
            rows = rows.Where(e => e.TargetId == target || e.TargetType == target);
        }

        return rows;
    }

    /// <summary>The filters in words, for the export's own audit row.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (From is { } from)
        {
            parts.Add($"from={from:yyyy-MM-dd}");
        }

        if (To is { } to)
        {
            parts.Add($"to={to:yyyy-MM-dd}");
        }

        if (Clean(UserName) is { } user)
        {
            parts.Add($"user={user}");
        }

        if (Clean(EventType) is { } eventType)
        {
            parts.Add($"event={eventType}");
        }

        if (Success is { } success)
        {
            parts.Add($"success={success}");
        }

        if (OrganizationId is { } organizationId)
        {
            parts.Add($"org={organizationId}");
        }

        if (Clean(Target) is { } target)
        {
            parts.Add($"target={target}");
        }

        return parts.Count == 0 ? "全部" : string.Join("; ", parts);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
