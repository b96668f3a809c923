using System.Runtime.CompilerServices;
using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Features.AnnualReports;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>TEST ONLY: the shape the applications feature's source will have — list the organs'
/// records, the base class tallies them.</summary>
public sealed class GeneratedCaseRecordsSource(GeneratedCaseRecords records) : CaseRecordsReportSource
{
    public override string Name => "测试生成的办理记录";

    protected override async IAsyncEnumerable<ApplicationCaseRecord> CasesAsync(AnnualReportQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var (organ, cases) in records.Cases)
        {
            if (!query.Includes(organ))
            {
                continue;
            }

            foreach (var c in cases)
            {
                yield return c;
            }
        }

        await Task.CompletedTask;
    }

    protected override async IAsyncEnumerable<AppealRecord> AppealsAsync(AnnualReportQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var (organ, appeals) in records.Appeals)
        {
            if (!query.Includes(organ))
            {
                continue;
            }

            foreach (var a in appeals)
            {
                yield return a;
            }
        }

        await Task.CompletedTask;
    }
}
