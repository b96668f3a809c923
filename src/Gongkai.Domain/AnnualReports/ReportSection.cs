namespace Gongkai.Domain.AnnualReports;

/// <summary>One of the six sections 一–六. Narrative sections are free text written by staff;
/// the others hold the tables whose <see cref="ReportTable.Section"/> names this section's key.</summary>
public sealed record ReportSection(string Number, string Key, string Heading, bool IsNarrative);
