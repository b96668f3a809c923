namespace Gongkai.Domain.AnnualReports;

/// <summary>A table of the template with stable row and column keys. Every data row has a cell
/// in every column.</summary>
public sealed class ReportTable(string key, string section, string caption, IReadOnlyList<ReportRow> rows, IReadOnlyList<ReportColumn> columns,
    string rowHeader = "信息内容")
{
    public string Key { get; } = key;

    /// <summary>Key of the section the table belongs to.</summary>
    public string Section { get; } = section;

    /// <summary>The caption row, e.g. 第二十条第（一）项; empty for tables 三 and 四.</summary>
    public string Caption { get; } = caption;

    public string RowHeader { get; } = rowHeader;

    public IReadOnlyList<ReportRow> Rows { get; } = rows;

    public IReadOnlyList<ReportColumn> Columns { get; } = columns;

    public IEnumerable<ReportRow> DataRows => Rows.Where(r => r.HasData);

    public IEnumerable<CellKey> Cells => DataRows.SelectMany(r => Columns.Select(c => new CellKey(Key, r.Key, c.Key)));

    public bool Contains(CellKey cell) =>
        cell.Table == Key && DataRows.Any(r => r.Key == cell.Row) && Columns.Any(c => c.Key == cell.Column);
}
