namespace Gongkai.Domain.PowerLists;

/// <summary>One data row of an uploaded list: its row number as the spreadsheet shows it, the item
/// read from it (null when a required cell could not be read), and every problem found, each
/// naming the row and the column.</summary>
public sealed record PowerListRow(int Row, PowerItemFields? Item, IReadOnlyList<string> Errors)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>What reading a sheet gave: either a sheet-level <see cref="Error"/> (it is not a power
/// list) or its rows.</summary>
public sealed record PowerListSheet(IReadOnlyList<PowerListRow> Rows, string? Error)
{
    public int Failed => Rows.Count(r => !r.Ok);

    public bool Succeeded => Error is null && Failed == 0 && Rows.Count > 0;
}
