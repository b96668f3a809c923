using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>The application with a stand-in for the future enforcement feature's report source: it
/// gives table 二's 行政处罚 row (3 decisions per organ), as that feature will from its decisions.</summary>
public sealed class PenaltySourceFactory : GongkaiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<IAnnualReportSource, PenaltySource>());
    }

    private sealed class PenaltySource : IAnnualReportSource
    {
        public string Name => "行政执法公示（测试）";

        public Task ContributeAsync(AnnualReportQuery query, ReportFigures figures, CancellationToken ct)
        {
            figures.Add(new CellKey(ProactiveTableKeys.Item6, ProactiveTableKeys.Penalty, ProactiveTableKeys.Decisions), 3, Name);
            return Task.CompletedTask;
        }
    }
}
