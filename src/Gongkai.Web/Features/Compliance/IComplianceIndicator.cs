namespace Gongkai.Web.Features.Compliance;

/// <summary>One column of the district overview (全区政务公开 overview): a fact the platform itself
/// knows about each organ, such as "applications overdue" or "enforcement decisions published late".
/// The feature that owns the data implements it and registers it from its own <c>XxxFeature.cs</c>
/// (<c>services.AddScoped&lt;IComplianceIndicator, …&gt;()</c>); the overview only knows this
/// interface, so a new feature adds a column without touching the overview.</summary>
public interface IComplianceIndicator
{
    /// <summary>Stable camelCase key, used as the property name in the API's <c>indicators</c> object,
    /// in the monthly snapshot and in assessment rubrics, e.g. <c>overdueApplications</c>.</summary>
    string Key { get; }

    /// <summary>The column header shown to staff, e.g. “依申请逾期”.</summary>
    string Name { get; }

    /// <summary>Order of the column in the matrix (lower first); features use bands of 100
    /// (publications 100, applications 200, …) so that columns of one feature stay together.</summary>
    int Order { get; }

    /// <summary>The finding for each organ of the query. An organ missing from the answer has
    /// nothing to report (<see cref="ComplianceFinding.Clear"/>).</summary>
    Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct);
}

/// <summary>The organs and period an overview is computed for. <paramref name="AsOf"/> is the
/// China-time date the facts are judged on (today, or a month's last day for a snapshot).</summary>
public sealed record ComplianceQuery(int Year, DateOnly AsOf, IReadOnlyCollection<int> OrganizationIds);

/// <summary>What one indicator found for one organ: how many things are behind (0 = clear), how
/// serious it is, a short Chinese explanation and a link to the evidence (a staff page listing the
/// overdue applications, the empty column, …).</summary>
public sealed record ComplianceFinding(int Count, ComplianceLevel Level, string? Detail = null, string? EvidenceUrl = null)
{
    public static ComplianceFinding Clear { get; } = new(0, ComplianceLevel.Ok);
}

/// <summary>Colour of a cell: green, amber (due soon, stale), red (overdue, missing).</summary>
public enum ComplianceLevel
{
    Ok,
    Warning,
    Behind,
}
