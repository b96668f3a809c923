using Gongkai.Domain.Applications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>Counts table 四 for one report year: every reconsideration or lawsuit filed in the
/// year, by its result as known at the end of the year (decided later or not yet: 尚未审结).</summary>
public sealed class AppealsTally(int year)
{
    private readonly long[,] counts = new long[AppealsTableKeys.Groups.Count, AppealsTableKeys.Results.Count];

    public void Add(in AppealRecord record, long count = 1)
    {
        if (record.FiledOn.Year != year)
        {
            return;
        }

        var result = record.DecidedOn is { } decided && decided.Year == year && record.Result != AppealResult.Pending
            ? record.Result
            : AppealResult.Pending;
        counts[(int)record.Kind, (int)result] += count;
    }

    public void WriteTo(IDictionary<CellKey, decimal> cells)
    {
        foreach (var kind in Enum.GetValues<AppealKind>())
        {
            long sum = 0;
            foreach (var result in Enum.GetValues<AppealResult>())
            {
                cells[new CellKey(AppealsTableKeys.Table, AppealsTableKeys.Row, AppealsTableKeys.Column(kind, result))] = counts[(int)kind, (int)result];
                sum += counts[(int)kind, (int)result];
            }

            cells[new CellKey(AppealsTableKeys.Table, AppealsTableKeys.Row, AppealsTableKeys.TotalColumn(kind))] = sum;
        }
    }
}
