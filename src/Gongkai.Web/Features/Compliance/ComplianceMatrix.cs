namespace Gongkai.Web.Features.Compliance;

/// <summary>The overview of one year as of one day: a column per registered indicator, a row per organ.</summary>
public sealed record ComplianceMatrix(int Year, DateOnly AsOf, IReadOnlyList<ComplianceColumn> Columns, IReadOnlyList<ComplianceRow> Rows);

/// <summary>One indicator as a column of the matrix.</summary>
public sealed record ComplianceColumn(string Key, string Name);

/// <summary>One organ's findings, every column filled (<see cref="ComplianceFinding.Clear"/> when the
/// indicator had nothing to say), and its score (<see cref="Domain.Compliance.ComplianceScore"/>).</summary>
public sealed record ComplianceRow(int OrganizationId, string Organ, IReadOnlyDictionary<string, ComplianceFinding> Findings, decimal Score);
