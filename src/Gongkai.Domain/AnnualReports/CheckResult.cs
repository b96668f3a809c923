namespace Gongkai.Domain.AnnualReports;

/// <summary>The outcome of one check (identity) over a report; passed when nothing failed.</summary>
public sealed record CheckResult(string Code, string Title, IReadOnlyList<CheckFailure> Failures)
{
    public bool Passed => Failures.Count == 0;
}
