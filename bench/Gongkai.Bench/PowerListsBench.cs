using System.Diagnostics;
using System.Net;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.PowerLists;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>Benchmark of the district-wide 权责清单, driven by
/// bench/powerlists.sh. <c>powerlists-fill &lt;sqlite-file&gt; &lt;count&gt;</c> spreads published items
/// over every organ with a platform (about 900 each for 60,000), every 权力类型 in turn;
/// <c>powerlists-measure &lt;base-url&gt; &lt;requests&gt; &lt;name|path&gt;…</c> requests each path
/// sequentially (after a warm-up) and prints p50/p99 and the rate; a path starting with "!" is sent
/// with a stale staff cookie, which keeps it out of the output cache (the full render every time).</summary>
public static class PowerListsBench
{
    public static async Task<int> FillAsync(string file, int count)
    {
        var options = new DbContextOptionsBuilder<SqliteGongkaiDbContext>().UseSqlite($"Data Source={file}").Options;
        var sealer = new AuditSealer(new AuditKey(new byte[32]));
        List<int> organs;
        await using (var db = new SqliteGongkaiDbContext(options, sealer))
        {
            organs = await db.Set<Organization>().Where(o => o.IsActive && o.Kind != OrganizationKind.Party).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        }

        var text = new GovernmentText(20261205);
        var now = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var stopwatch = Stopwatch.StartNew();
        const int batch = 5000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = new SqliteGongkaiDbContext(options, sealer);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var type = PowerTypes.InOrder[i % PowerTypes.InOrder.Count];
                db.Add(new PowerItem
                {
                    OrganizationId = organs[i % organs.Count],
                    Code = $"QL{i:D8}",
                    Name = $"{text.Title(i)}{PowerTypes.Name(type)}{i}",
                    Type = type,
                    Basis = $"《中华人民共和国行政许可法》第{(i % 80) + 1}条",
                    HandlingUnit = "综合科",
                    Responsibilities = "1.受理责任：公示依法应当提交的材料，一次性告知补正材料。2.审查责任：对申请材料进行审查。3.决定责任：作出决定并按时办结。",
                    Status = PowerItemStatus.Published,
                    CreatedAt = now,
                    UpdatedAt = now,
                    PublishedAt = now,
                });
            }

            await db.SaveChangesAsync();
        }

        Console.WriteLine($"{count} items over {organs.Count} organs in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    public static async Task<int> MeasureAsync(string baseUrl, int requests, IEnumerable<string> cases)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        foreach (var c in cases)
        {
            var (name, path) = (c[..c.IndexOf('|')], c[(c.IndexOf('|') + 1)..]);
            var uncached = path.StartsWith('!');
            path = path.TrimStart('!');
            var times = new List<double>();
            var total = Stopwatch.StartNew();
            for (var i = 0; i < requests + 20; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (uncached)
                {
                    request.Headers.Add("Cookie", "gongkai.auth=bench");
                }

                var sw = Stopwatch.StartNew();
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                sw.Stop();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Console.Error.WriteLine($"{path}: {(int)response.StatusCode}");
                    return 1;
                }

                if (i == 19)
                {
                    total.Restart();
                }

                if (i >= 20)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine($"{name,-36} p50 {times[times.Count / 2],8:F2} ms   p99 {times[(int)Math.Ceiling(times.Count * 0.99) - 1],8:F2} ms   {requests / total.Elapsed.TotalSeconds,7:F0} req/s");
        }

        return 0;
    }
}
