using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>A report as staff, the API and the exports see it: every cell of the year's template
/// with computed value, adjustment and source; the narrative (saved, or the generated draft); the
/// check results; and where it stands.</summary>
public sealed class AnnualReportView
{
    /// <summary>Null for the district-wide total.</summary>
    public int? OrganizationId { get; init; }

    public required string OrganName { get; init; }

    public int Year { get; init; }

    public required ReportTemplate Template { get; init; }

    public AnnualReport? Report { get; init; }

    public required IReadOnlyDictionary<CellKey, ReportCellView> Cells { get; init; }

    public required IReadOnlyList<ReportFact> Facts { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Section key → text: the saved narrative, or the draft when none is saved yet.</summary>
    public required IReadOnlyDictionary<string, string> Narratives { get; init; }

    public bool NarrativeIsDraft { get; init; }

    public required IReadOnlyList<CheckResult> Checks { get; init; }

    public AnnualReportStatus Status { get; init; }

    public DateOnly? Deadline { get; init; }

    public bool Late { get; init; }

    public int? PublicationId { get; init; }

    public string Title => $"{OrganName}{Year}年政府信息公开工作年度报告";

    public bool ChecksPass => Checks.All(c => c.Passed);

    public IReadOnlySet<CellKey> FailingCells => Checks.SelectMany(c => c.Failures).SelectMany(f => f.Cells).ToHashSet();

    public decimal Value(CellKey cell) => Cells.TryGetValue(cell, out var v) ? v.Value : 0m;

    public decimal Value(string table, string row, string column) => Value(new CellKey(table, row, column));
}
