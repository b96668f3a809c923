namespace Gongkai.Domain.TaskDivision;

/// <summary>One period for which a recurring duty owes a report.</summary>
public sealed record ReportPeriod(DateOnly Start, DateOnly End, string Label);
