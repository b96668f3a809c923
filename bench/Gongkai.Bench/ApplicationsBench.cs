using System.Diagnostics;
using Gongkai.Domain.Applications;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>Benchmark of the application queues: for each size, a fresh
/// SQLite database with 60 organs and N cases (5 % open, received 2020–2026), then the organ queue
/// and the district-wide queue (page 1 and page 10) read through <see cref="ApplicationQueue"/>,
/// the queue pages' only data-dependent work (rendering 50 rows does not depend on N), 300 times
/// each after a warm-up. Prints p50/p99 per size and the growth ratio of the largest to the smallest.</summary>
public static class ApplicationsBench
{
    public static async Task<int> RunAsync(string directory, IReadOnlyList<int> sizes)
    {
        Directory.CreateDirectory(directory);
        var results = new Dictionary<(string Name, int Size), (double P50, double P99)>();
        foreach (var size in sizes)
        {
            var file = Path.Combine(directory, $"applications-{size}.db");
            File.Delete(file);
            var options = new DbContextOptionsBuilder<SqliteGongkaiDbContext>().UseSqlite($"Data Source={file}").Options;
            var sealer = new AuditSealer(new AuditKey(new byte[32]));
            var seed = Stopwatch.StartNew();
            var organs = await SeedAsync(options, sealer, size);
            Console.WriteLine($"{size} cases seeded in {seed.Elapsed.TotalSeconds:F1} s");
            var clock = new FixedClock(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
            var calendar = WorkingDayCalendar.Official;
            var organ = new HashSet<int> { organs[7] };
            (string, IReadOnlySet<int>?, int)[] cases = [("organ queue, page 1", organ, 1), ("district queue, page 1", null, 1), ("district queue, page 10", null, 10)];
            foreach (var (name, scope, page) in cases)
            {
                var times = new List<double>();
                for (var i = 0; i < 320; i++)
                {
                    await using var db = new SqliteGongkaiDbContext(options, sealer);
                    var sw = Stopwatch.StartNew();
                    var result = await new ApplicationQueue(db, clock, Microsoft.Extensions.Options.Options.Create(new ApplicationOptions())).ReadAsync(scope, null, false, page, calendar, CancellationToken.None);
                    sw.Stop();
                    if (result.Rows.Count == 0)
                    {
                        throw new InvalidOperationException(name + " returned no rows");
                    }

                    if (i >= 20)
                    {
                        times.Add(sw.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                var p50 = times[times.Count / 2];
                var p99 = times[(int)Math.Ceiling(times.Count * 0.99) - 1];
                results[(name, size)] = (p50, p99);
                Console.WriteLine($"{size,8} {name,-26} p50 {p50,8:F2} ms   p99 {p99,8:F2} ms");
            }
        }

        if (sizes.Count > 1)
        {
            var (small, large) = (sizes.Min(), sizes.Max());
            Console.WriteLine($"growth {small} → {large} cases ({large / small}×):");
            foreach (var name in results.Keys.Select(k => k.Name).Distinct())
            {
                Console.WriteLine($"  {name,-26} p99 ×{results[(name, large)].P99 / results[(name, small)].P99:F2}   p50 ×{results[(name, large)].P50 / results[(name, small)].P50:F2}");
            }
        }

        return 0;
    }

    private static async Task<List<int>> SeedAsync(DbContextOptions<SqliteGongkaiDbContext> options, AuditSealer sealer, int count)
    {
        await using (var db = new SqliteGongkaiDbContext(options, sealer))
        {
            await db.Database.MigrateAsync();
            for (var i = 0; i < 60; i++)
            {
                db.Add(new Organization { Name = $"基准机关{i:D2}", ShortName = $"基准{i:D2}", Kind = OrganizationKind.Department });
            }

            await db.SaveChangesAsync();
        }

        List<int> organs;
        await using (var db = new SqliteGongkaiDbContext(options, sealer))
        {
            organs = await db.Set<Organization>().OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        }

        var random = new Random(20261127);
        var first = new DateOnly(2020, 1, 2);
        var span = new DateOnly(2026, 11, 26).DayNumber - first.DayNumber;
        const int batch = 5000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = new SqliteGongkaiDbContext(options, sealer);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var open = random.Next(100) < 5;
                var received = open ? new DateOnly(2026, 11, 26).AddDays(-random.Next(45)) : first.AddDays(random.Next(span));
                db.Add(new DisclosureApplication
                {
                    OrganizationId = organs[random.Next(organs.Count)],
                    TrackingCode = $"YSB{i:D9}",
                    QueryPasswordHash = "pbkdf2$1$AA==$AA==",
                    ApplicantKind = ApplicantKind.NaturalPerson,
                    ApplicantName = "基准申请人" + i,
                    InformationTitle = "关于某项政府信息的申请 " + i,
                    Description = "请公开有关文件。",
                    FormWanted = "electronic",
                    Delivery = "online",
                    Channel = ApplicationChannel.InPerson,
                    ReceivedOn = received,
                    SubmittedAt = new DateTimeOffset(received.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                    SubmissionKey = $"bench{i}",
                    Stage = open ? ApplicationStage.Handling : ApplicationStage.Replied,
                    IsOpen = open,
                    DueOn = received.AddDays(28),
                    Outcome = open ? null : "granted",
                    RepliedOn = open ? null : received.AddDays(15),
                });
            }

            await db.SaveChangesAsync();
        }

        return organs;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
