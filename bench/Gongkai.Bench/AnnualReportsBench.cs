using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Gongkai.Web;
using Gongkai.Web.Data;
using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Bench;

/// <summary>Usage: Gongkai.Bench annual-reports &lt;data-directory&gt; [year].
/// Times the annual report as the app computes it, on a database filled by
/// <see cref="AnnualReportsFill"/>: the app's own service container is built on the data directory
/// (not started), and each run takes a fresh scope, as a request does, and calls
/// <see cref="AnnualReportService.ViewAsync"/> for the organ with the most cases and
/// <see cref="AnnualReportService.DistrictTotalAsync"/> — every registered source, the
/// adjustments, the draft and every check. Baselines in the same run: <c>SELECT COUNT(*)</c> over
/// the applications table and over the publications table. Prints medians of 7 runs after a warm-up,
/// and each source's own time for the district total.</summary>
public static class AnnualReportsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length >= 5 && args[1] == "fill")
        {
            return await AnnualReportsFill.RunAsync(args[2], int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
        }

        if (args.Length < 2 || args[1] == "fill")
        {
            Console.Error.WriteLine("usage: Gongkai.Bench annual-reports fill <sqlite-file> <publications> <applications>\n       Gongkai.Bench annual-reports <data-directory> [year]");
            return 2;
        }

        var year = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2022;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = typeof(GongkaiApp).Assembly.GetName().Name });
        builder.Configuration["Gongkai:DataDirectory"] = Path.GetFullPath(args[1]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddGongkai([]);
        await using var app = builder.Build();

        int organId;
        long applications, publications;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            applications = await CountAsync(db, "SELECT COUNT(*) FROM DisclosureApplications");
            publications = await CountAsync(db, "SELECT COUNT(*) FROM Publication");
            // The organ with the most cases: the slowest single report.
            organId = (int)await CountAsync(db, "SELECT OrganizationId FROM DisclosureApplications GROUP BY OrganizationId ORDER BY COUNT(*) DESC LIMIT 1");
        }

        Console.WriteLine($"{applications:N0} applications, {publications:N0} publications; report year {year}; organ {organId}");

        async Task<(double Ms, AnnualReportView View)> Organ()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var sw = Stopwatch.StartNew();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var organ = await db.Set<Organization>().AsNoTracking().FirstAsync(o => o.Id == organId);
            var view = await scope.ServiceProvider.GetRequiredService<AnnualReportService>().ViewAsync(organ, year);
            return (sw.Elapsed.TotalMilliseconds, view);
        }

        async Task<(double Ms, AnnualReportView View)> District()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var sw = Stopwatch.StartNew();
            var view = await scope.ServiceProvider.GetRequiredService<AnnualReportService>().DistrictTotalAsync(year);
            return (sw.Elapsed.TotalMilliseconds, view);
        }

        async Task<double> Count(string table)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var sw = Stopwatch.StartNew();
            await CountAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), $"SELECT COUNT(*) FROM {table}");
            return sw.Elapsed.TotalMilliseconds;
        }

        // Warm-up (JIT, SQLite page cache), and the numbers checked against plain SQL.
        var (_, organView) = await Organ();
        var (_, districtView) = await District();
        await Count("DisclosureApplications");
        await Count("Publication");
        await VerifyAsync(app.Services, organView, organId, year);
        await VerifyAsync(app.Services, districtView, null, year);

        const int runs = 7;
        var applicationsCount = new List<double>();
        var publicationsCount = new List<double>();
        var organRuns = new List<double>();
        var districtRuns = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            applicationsCount.Add(await Count("DisclosureApplications"));
            publicationsCount.Add(await Count("Publication"));
            organRuns.Add((await Organ()).Ms);
            districtRuns.Add((await District()).Ms);
        }

        var (baseA, baseP, organMs, districtMs) = (Median(applicationsCount), Median(publicationsCount), Median(organRuns), Median(districtRuns));
        Console.WriteLine($"baseline: SELECT COUNT(*) FROM DisclosureApplications ({applications:N0}) {baseA,9:F1} ms");
        Console.WriteLine($"baseline: SELECT COUNT(*) FROM Publication ({publications:N0})            {baseP,9:F1} ms");
        Console.WriteLine($"one organ's report (organ {organId}, ViewAsync)                {organMs,9:F1} ms  = {organMs / baseA:F2} × COUNT(applications), {organMs / baseP:F2} × COUNT(publications)");
        Console.WriteLine($"district-wide total (DistrictTotalAsync)                  {districtMs,9:F1} ms  = {districtMs / baseA:F2} × COUNT(applications), {districtMs / baseP:F2} × COUNT(publications)");

        // Where the district total's time goes, source by source (median of 3).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var template = Gongkai.Domain.AnnualReports.ReportTemplates.For(year);
            foreach (var source in scope.ServiceProvider.GetServices<IAnnualReportSource>())
            {
                var times = new List<double>();
                foreach (var ids in new IReadOnlyCollection<int>?[] { [organId], null })
                {
                    times.Clear();
                    for (var i = 0; i < 3; i++)
                    {
                        var sw = Stopwatch.StartNew();
                        await source.ContributeAsync(new AnnualReportQuery(ids, year, template), new ReportFigures(), CancellationToken.None);
                        times.Add(sw.Elapsed.TotalMilliseconds);
                    }

                    Console.WriteLine($"  {source.GetType().Name,-28} {(ids is null ? "district" : "organ"),-9} {Median(times),9:F1} ms");
                }
            }
        }

        return 0;
    }

    /// <summary>The report must balance, and table 三's received/closed totals must equal plain SQL
    /// counts over the same rows: a fast wrong answer is no result.</summary>
    private static async Task VerifyAsync(IServiceProvider services, AnnualReportView view, int? organId, int year)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var where = organId is { } id ? $"OrganizationId = {id} AND " : "";
        var received = await CountAsync(db, $"SELECT COUNT(*) FROM DisclosureApplications WHERE {where}ReceivedOn BETWEEN '{year}-01-01' AND '{year}-12-31'");
        var closed = await CountAsync(db, $"SELECT COUNT(*) FROM DisclosureApplications WHERE {where}RepliedOn BETWEEN '{year}-01-01' AND '{year}-12-31'");
        var failing = view.Checks.Where(c => !c.Passed).Select(c => c.Code).ToList();
        if (view.Value("applications", "newReceived", "total") != received || view.Value("applications", "total", "total") != closed || failing.Count > 0)
        {
            throw new InvalidOperationException($"{view.OrganName}: 新收 {view.Value("applications", "newReceived", "total")} vs {received}, 办结 {view.Value("applications", "total", "total")} vs {closed}, failing checks: {string.Join(", ", failing)}");
        }

        Console.WriteLine($"verified {view.OrganName}: {received:N0} received and {closed:N0} closed in {year}, carried over {view.Value("applications", "carriedOver", "total"):N0}, forward {view.Value("applications", "carriedForward", "total"):N0}; all checks pass");
    }

    private static async Task<long> CountAsync(GongkaiDbContext db, string sql)
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
