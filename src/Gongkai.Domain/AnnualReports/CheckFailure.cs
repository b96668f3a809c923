namespace Gongkai.Domain.AnnualReports;

/// <summary>One broken equation: a Chinese message for the person, the cells to mark, and, for a
/// narrative check, the section whose text quotes the wrong number.</summary>
public sealed record CheckFailure(string Message, IReadOnlyList<CellKey> Cells, string? Section = null);
