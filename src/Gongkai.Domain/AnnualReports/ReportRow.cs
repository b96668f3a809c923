namespace Gongkai.Domain.AnnualReports;

/// <summary>A row of a report table. <paramref name="Level"/> is the indentation of its label;
/// a row without data (<paramref name="HasData"/> false) is a group label such as （三）不予公开.</summary>
public sealed record ReportRow(string Key, string Label, int Level = 0, bool HasData = true);
