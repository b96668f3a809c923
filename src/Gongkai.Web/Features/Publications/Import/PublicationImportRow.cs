namespace Gongkai.Web.Features.Publications.Import;

/// <summary>One row of a bulk import as it arrived (Excel row or JSON array element), not yet
/// validated. Dates stay as the cell gave them (text, Excel date or serial number).</summary>
public sealed class PublicationImportRow
{
    /// <summary>What the report calls the row: the spreadsheet row number, or the 1-based position in the JSON array.</summary>
    public int Row { get; init; }

    public string? Organization { get; set; }

    public string? Category { get; set; }

    public string? Title { get; set; }

    public string? BodyHtml { get; set; }

    public string? BodyText { get; set; }

    public string? DocumentNumber { get; set; }

    public object? SignedOn { get; set; }

    public object? PublishedOn { get; set; }

    public string? IndexNumber { get; set; }

    public string? Validity { get; set; }

    /// <summary>Problems found while reading the cells (wrong type), reported with the rest.</summary>
    public List<string> CellErrors { get; } = [];
}
