namespace Gongkai.Domain.AnnualReports;

/// <summary>A numeric column of a report table; <paramref name="Group"/> is the spanning header
/// above it (法人或其他组织, 行政复议, 未经复议直接起诉 …), null when there is none.</summary>
public sealed record ReportColumn(string Key, string Label, string? Group = null);
