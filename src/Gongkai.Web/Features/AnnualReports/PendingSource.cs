namespace Gongkai.Web.Features.AnnualReports;

/// <summary>A table-二 row no source fills yet: what would fill it and where staff go meanwhile.</summary>
public sealed record PendingSource(string Table, string Row, string RowLabel, string FilledBy, IReadOnlyList<(string Text, string Url)> Links);
