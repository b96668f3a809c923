namespace Gongkai.Web.Features.AnnualReports;

/// <summary>A number that is not a table cell but feeds the narrative draft, e.g. how many items a
/// column published this year.</summary>
public sealed record ReportFact(string Key, string Label, decimal Value);
