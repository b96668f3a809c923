using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Gongkai.Web;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Bench;

/// <summary>Usage: Gongkai.Bench compliance &lt;data-directory&gt; [year].
/// Times the district overview as /admin/compliance computes it (<see cref="ComplianceOverview.ComputeAsync"/>
/// for every organ, every registered indicator), each run in a fresh scope as a request is, on the
/// annual-report benchmark's database (<see cref="AnnualReportsFill"/>). Baseline in the same run:
/// <c>SELECT COUNT(*)</c> over the publications table. Prints medians of 7 runs after a warm-up, and
/// each indicator's own time.</summary>
public static class ComplianceBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Gongkai.Bench compliance <data-directory> [year]");
            return 2;
        }

        var year = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2023;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = typeof(GongkaiApp).Assembly.GetName().Name });
        builder.Configuration["Gongkai:DataDirectory"] = Path.GetFullPath(args[1]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddGongkai([]);
        await using var app = builder.Build();

        long publications, applications;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            publications = await ScalarAsync(db, "SELECT COUNT(*) FROM Publication");
            applications = await ScalarAsync(db, "SELECT COUNT(*) FROM DisclosureApplications");
        }

        async Task<(double Ms, ComplianceMatrix Matrix)> Overview()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var sw = Stopwatch.StartNew();
            var matrix = await scope.ServiceProvider.GetRequiredService<ComplianceOverview>().ComputeAsync(year, null);
            return (sw.Elapsed.TotalMilliseconds, matrix);
        }

        async Task<double> Count()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var sw = Stopwatch.StartNew();
            await ScalarAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), "SELECT COUNT(*) FROM Publication");
            return sw.Elapsed.TotalMilliseconds;
        }

        var (_, warm) = await Overview();
        await Count();
        var flagged = warm.Columns.ToDictionary(c => c.Key, c => warm.Rows.Count(r => r.Findings[c.Key].Level != ComplianceLevel.Ok));
        Console.WriteLine($"{publications:N0} publications, {applications:N0} applications; overview of {year} as of {warm.AsOf:yyyy-MM-dd}: {warm.Rows.Count} organs × {warm.Columns.Count} indicators");
        Console.WriteLine("organs flagged per indicator: " + string.Join(", ", flagged.Select(f => $"{f.Key} {f.Value}")));

        const int runs = 7;
        var counts = new List<double>();
        var loads = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            counts.Add(await Count());
            loads.Add((await Overview()).Ms);
        }

        var (baseline, load) = (Median(counts), Median(loads));
        Console.WriteLine($"baseline: SELECT COUNT(*) FROM Publication ({publications:N0}) {baseline,9:F1} ms");
        Console.WriteLine($"overview ({warm.Rows.Count} organs, ComputeAsync)            {load,9:F1} ms  = {load / baseline:F2} × COUNT(publications)");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var query = new ComplianceQuery(year, warm.AsOf, warm.Rows.Select(r => r.OrganizationId).ToList());
            foreach (var indicator in scope.ServiceProvider.GetServices<IComplianceIndicator>().OrderBy(i => i.Order))
            {
                var times = new List<double>();
                for (var i = 0; i < 3; i++)
                {
                    // A fresh scope each time: indicators may share per-request caches.
                    await using var inner = app.Services.CreateAsyncScope();
                    var same = inner.ServiceProvider.GetServices<IComplianceIndicator>().First(x => x.Key == indicator.Key);
                    var sw = Stopwatch.StartNew();
                    await same.EvaluateAsync(query, CancellationToken.None);
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine($"  {indicator.Key,-24} {Median(times),9:F1} ms");
            }
        }

        return 0;
    }

    private static async Task<long> ScalarAsync(GongkaiDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> runs)
    {
        var sorted = runs.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
