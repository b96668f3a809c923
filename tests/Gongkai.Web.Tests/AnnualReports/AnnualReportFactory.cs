using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>The application with one more report source: generated case records (test only).</summary>
public sealed class AnnualReportFactory : GongkaiFactory
{
    public GeneratedCaseRecords Records { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Records);
            services.AddScoped<IAnnualReportSource, GeneratedCaseRecordsSource>();
        });
    }
}
