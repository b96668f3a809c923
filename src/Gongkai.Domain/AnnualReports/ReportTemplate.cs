namespace Gongkai.Domain.AnnualReports;

/// <summary>One version of the national template: its six sections and its tables, in order.</summary>
public sealed class ReportTemplate(TemplateVersion version, string name, IReadOnlyList<ReportSection> sections, IReadOnlyList<ReportTable> tables)
{
    public TemplateVersion Version { get; } = version;

    /// <summary>The document that fixes the template, e.g. 国办公开办函〔2021〕30号.</summary>
    public string Name { get; } = name;

    public IReadOnlyList<ReportSection> Sections { get; } = sections;

    public IReadOnlyList<ReportTable> Tables { get; } = tables;

    public ReportTable Table(string key) => Tables.First(t => t.Key == key);

    public IEnumerable<ReportTable> TablesOf(string sectionKey) => Tables.Where(t => t.Section == sectionKey);

    public IEnumerable<CellKey> Cells => Tables.SelectMany(t => t.Cells);

    public bool Contains(CellKey cell) => Tables.Any(t => t.Contains(cell));
}
