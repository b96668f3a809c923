using System.Diagnostics;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>Usage: Gongkai.Bench annual-reports &lt;sqlite-file&gt; &lt;cases&gt; [year].
/// Times the annual-report computation core on a database filled by <c>publications</c>, with
/// <c>cases</c> generated application records in memory (the applications feature is not merged
/// yet; the records go through the same <see cref="CaseRecordsReportSource"/> its source will use):
/// one organ's report and the district-wide total (every source, then every check), against two
/// baselines measured in the same run: a plain pass over the records and a COUNT(*) of publications.</summary>
public static class AnnualReportsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3 || !int.TryParse(args[2], out var count))
        {
            Console.Error.WriteLine("usage: Gongkai.Bench annual-reports <sqlite-file> <cases> [year]");
            return 2;
        }

        var year = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2022;
        var options = new DbContextOptionsBuilder<SqliteGongkaiDbContext>().UseSqlite($"Data Source={args[1]}").Options;
        var sealer = new AuditSealer(new AuditKey(new byte[32]));
        await using var db = new SqliteGongkaiDbContext(options, sealer);
        var organs = await db.Set<Organization>().Where(o => o.IsActive && o.Kind != OrganizationKind.Party).Select(o => o.Id).ToListAsync();
        var publications = await db.Set<Gongkai.Web.Features.Publications.Publication>().CountAsync();
        // The organ with the most items in the year: the slowest single report.
        var busiest = await db.Set<Gongkai.Web.Features.Publications.Publication>().GroupBy(p => p.OrganizationId)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();

        var stopwatch = Stopwatch.StartNew();
        var cases = new BenchCases(organs, count, year);
        Console.WriteLine($"{organs.Count} organs, {publications:N0} publications, {count:N0} generated cases ({stopwatch.Elapsed.TotalSeconds:F1} s to generate); report year {year}");

        var template = ReportTemplates.For(year);
        IAnnualReportSource[] sources = [new PublicationsReportSource(db), cases];

        async Task<double> Report(IReadOnlyCollection<int>? ids)
        {
            var sw = Stopwatch.StartNew();
            var figures = new ReportFigures();
            var query = new AnnualReportQuery(ids, year, template);
            foreach (var source in sources)
            {
                await source.ContributeAsync(query, figures, CancellationToken.None);
            }

            var values = template.Cells.ToDictionary(c => c, c => figures.Values.GetValueOrDefault(c));
            var checks = ReportChecks.Run(template, values, ReportDraft.For(year, values.ToDictionary(v => v.Key, v => new ReportCellView(v.Value, null, null, "")), figures.Facts));
            if (!checks.All(c => c.Passed))
            {
                throw new InvalidOperationException("generated data must balance");
            }

            return sw.Elapsed.TotalMilliseconds;
        }

        async Task<double> CountPublications()
        {
            var sw = Stopwatch.StartNew();
            await db.Database.ExecuteSqlRawAsync("SELECT COUNT(*) FROM Publication");
            _ = await db.Set<Gongkai.Web.Features.Publications.Publication>().CountAsync();
            return sw.Elapsed.TotalMilliseconds;
        }

        double PassOverCases()
        {
            var sw = Stopwatch.StartNew();
            long sum = 0;
            foreach (var c in cases.All)
            {
                sum += c.Record.ReceivedOn.DayNumber;
            }

            GC.KeepAlive(sum);
            return sw.Elapsed.TotalMilliseconds;
        }

        static double Median(IEnumerable<double> runs)
        {
            var sorted = runs.Order().ToList();
            return sorted[sorted.Count / 2];
        }

        // Warm-up (JIT, SQLite page cache), then the median of 7 runs each.
        await Report([busiest]);
        await Report(null);
        await CountPublications();
        PassOverCases();
        const int runs = 7;
        var baselineCases = Median(Enumerable.Range(0, runs).Select(_ => PassOverCases()));
        var countRuns = new List<double>();
        var organRuns = new List<double>();
        var totalRuns = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            countRuns.Add(await CountPublications());
            organRuns.Add(await Report([busiest]));
            totalRuns.Add(await Report(null));
        }

        var baselineCount = Median(countRuns);
        var organ = Median(organRuns);
        var total = Median(totalRuns);
        Console.WriteLine($"baseline: plain pass over {count:N0} case records        {baselineCases,9:F1} ms");
        Console.WriteLine($"baseline: SELECT COUNT(*) of {publications:N0} publications {baselineCount,9:F1} ms");
        Console.WriteLine($"one organ's report (organ {busiest})                   {organ,9:F1} ms  = {organ / baselineCount:F2} × COUNT(*)");
        Console.WriteLine($"district-wide total ({organs.Count} organs)                {total,9:F1} ms  = {total / baselineCount:F2} × COUNT(*), {total / baselineCases:F1} × the plain pass");
        return 0;
    }

    /// <summary>Generated cases, as the applications feature's source will list them: per organ,
    /// only those received by the end of the year and not closed before it.</summary>
    private sealed class BenchCases : CaseRecordsReportSource
    {
        private readonly Dictionary<int, List<ApplicationCaseRecord>> byOrgan = [];

        public BenchCases(List<int> organs, int count, int year)
        {
            var random = new Random(20261127);
            var first = new DateOnly(year - 2, 1, 1);
            for (var i = 0; i < count; i++)
            {
                var received = first.AddDays(random.Next(3 * 365));
                var open = random.Next(8) == 0;
                DateOnly? closed = open ? null : received.AddDays(random.Next(46));
                var record = new ApplicationCaseRecord(received, closed, open ? null : ApplicationsTableKeys.OutcomeCodes[random.Next(21)], (ApplicantKind)random.Next(6));
                var organ = organs[random.Next(organs.Count)];
                if (!byOrgan.TryGetValue(organ, out var list))
                {
                    byOrgan[organ] = list = [];
                }

                list.Add(record);
            }
        }

        public IEnumerable<(int Organ, ApplicationCaseRecord Record)> All => byOrgan.SelectMany(o => o.Value.Select(r => (o.Key, r)));

        public override string Name => "基准生成的办理记录";

        protected override IAsyncEnumerable<ApplicationCaseRecord> CasesAsync(AnnualReportQuery query, CancellationToken ct)
        {
            var start = new DateOnly(query.Year, 1, 1);
            var end = new DateOnly(query.Year, 12, 31);
            var organs = query.OrganizationIds is { } ids ? ids.Where(byOrgan.ContainsKey) : byOrgan.Keys;
            return organs.SelectMany(o => byOrgan[o]).Where(c => c.ReceivedOn <= end && (c.ClosedOn is null || c.ClosedOn >= start)).ToAsyncEnumerable();
        }
    }
}
