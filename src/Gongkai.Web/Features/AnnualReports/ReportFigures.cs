using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>What the sources computed for one query: cell values with the name of the source that
/// gave each, facts for the narrative, and warnings for the person (e.g. cases without an outcome).
/// Two sources giving the same cell add up, so a source for imported history can sit beside the
/// live one.</summary>
public sealed class ReportFigures
{
    public Dictionary<CellKey, decimal> Values { get; } = [];

    public Dictionary<CellKey, string> Sources { get; } = [];

    public List<ReportFact> Facts { get; } = [];

    public List<string> Warnings { get; } = [];

    public void Add(CellKey cell, decimal value, string source)
    {
        Values[cell] = Values.GetValueOrDefault(cell) + value;
        Sources[cell] = Sources.TryGetValue(cell, out var existing) && existing != source ? $"{existing}；{source}" : source;
    }

    public void AddAll(IEnumerable<KeyValuePair<CellKey, decimal>> cells, string source)
    {
        foreach (var (cell, value) in cells)
        {
            Add(cell, value, source);
        }
    }

    public void AddFact(string key, string label, decimal value)
    {
        var index = Facts.FindIndex(f => f.Key == key);
        if (index >= 0)
        {
            Facts[index] = Facts[index] with { Value = Facts[index].Value + value };
        }
        else
        {
            Facts.Add(new ReportFact(key, label, value));
        }
    }

    public decimal? Fact(string key) => Facts.FirstOrDefault(f => f.Key == key)?.Value;
}
