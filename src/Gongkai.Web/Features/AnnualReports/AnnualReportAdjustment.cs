namespace Gongkai.Web.Features.AnnualReports;

/// <summary>A figure the platform cannot compute (before the organ used it, or kept in another
/// system), entered by staff for one cell with a required explanation. The cell's value is the
/// computed value plus <see cref="Amount"/>.</summary>
public sealed class AnnualReportAdjustment
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public int Year { get; set; }

    public required string TableKey { get; set; }

    public required string RowKey { get; set; }

    public required string ColumnKey { get; set; }

    public decimal Amount { get; set; }

    public required string Explanation { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;
}
