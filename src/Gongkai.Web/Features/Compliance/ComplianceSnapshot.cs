namespace Gongkai.Web.Features.Compliance;

/// <summary>One organ's row of the overview as it stood at a month's end, kept so that trends can be
/// shown (sparkline per organ) and exported. Taken by <see cref="ComplianceSnapshotJob"/>; never changed.</summary>
public sealed class ComplianceSnapshot
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public int OrganizationId { get; set; }

    public decimal Score { get; set; }

    public DateTimeOffset TakenAt { get; set; }

    public List<ComplianceSnapshotFinding> Findings { get; set; } = [];
}

/// <summary>One indicator's finding in a <see cref="ComplianceSnapshot"/>.</summary>
public sealed class ComplianceSnapshotFinding
{
    public int Id { get; set; }

    public int SnapshotId { get; set; }

    public required string IndicatorKey { get; set; }

    public int Count { get; set; }

    public ComplianceLevel Level { get; set; }
}
