using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>Base of the source that fills tables 三 and 四 from disclosure applications: a subclass
/// lists the cases (and appeals) of the query's organs as records; the tally decides where each
/// counts. To keep the stream short, list only cases received by the end of the year and not closed
/// before it (received ≤ 31 Dec, closed null or ≥ 1 Jan), and appeals filed in the year. A source
/// that groups in SQL yields one record per group with its <see cref="ApplicationCaseRecord.Count"/>.</summary>
public abstract class CaseRecordsReportSource : IAnnualReportSource
{
    public abstract string Name { get; }

    protected abstract IAsyncEnumerable<ApplicationCaseRecord> CasesAsync(AnnualReportQuery query, CancellationToken ct);

    protected virtual IAsyncEnumerable<AppealRecord> AppealsAsync(AnnualReportQuery query, CancellationToken ct) => AsyncEnumerable.Empty<AppealRecord>();

    public async Task ContributeAsync(AnnualReportQuery query, ReportFigures figures, CancellationToken ct)
    {
        var cases = new ApplicationsTally(query.Year, query.Template);
        await foreach (var record in CasesAsync(query, ct).WithCancellation(ct))
        {
            cases.Add(record);
        }

        var appeals = new AppealsTally(query.Year);
        await foreach (var record in AppealsAsync(query, ct).WithCancellation(ct))
        {
            appeals.Add(record);
        }

        var cells = new Dictionary<CellKey, decimal>();
        cases.WriteTo(cells);
        appeals.WriteTo(cells);
        figures.AddAll(cells, Name);
        if (cases.Unclassified > 0)
        {
            figures.Warnings.Add($"有 {cases.Unclassified} 件已办结申请没有可识别的办理结果，暂计入“其他处理”，请核对。");
        }
    }
}
