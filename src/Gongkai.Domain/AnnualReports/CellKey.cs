namespace Gongkai.Domain.AnnualReports;

/// <summary>The stable address of one number in a report: table, row and column keys.</summary>
public readonly record struct CellKey(string Table, string Row, string Column)
{
    public override string ToString() => $"{Table}/{Row}/{Column}";

    public static bool TryParse(string? text, out CellKey key)
    {
        var parts = (text ?? string.Empty).Split('/');
        key = parts.Length == 3 && parts.All(p => p.Length > 0) ? new CellKey(parts[0], parts[1], parts[2]) : default;
        return parts.Length == 3 && parts.All(p => p.Length > 0);
    }
}
