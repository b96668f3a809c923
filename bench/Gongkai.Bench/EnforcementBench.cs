using System.Diagnostics;
using System.Net;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Enforcement;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Enforcement;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>Benchmark of 行政执法公示, driven by bench/enforcement.sh.
/// <c>enforcement-fill &lt;sqlite-file&gt; &lt;count&gt; &lt;organs&gt;</c> spreads decisions over the first
/// organs with a platform, decided 2020 to today, every category in turn: about 3% still pending
/// (half of them overdue), 1% withdrawn, the rest published; it also gives the seeded system
/// administrator a known API token (<see cref="Token"/>) for the staff lists.
/// <c>enforcement-measure &lt;base-url&gt; &lt;requests&gt; &lt;name|path&gt;…</c> requests each path
/// sequentially after a warm-up and prints p50/p99: "!" sends a stale staff cookie (no output cache),
/// "@" sends the token.</summary>
public static class EnforcementBench
{
    public const string Token = "gk_bench_enforcement_token_0123456789";

    public static async Task<int> FillAsync(string file, int count, int organCount)
    {
        var options = new DbContextOptionsBuilder<SqliteGongkaiDbContext>().UseSqlite($"Data Source={file}").Options;
        var sealer = new AuditSealer(new AuditKey(new byte[32]));
        // The running app judges on the wall clock, so the data is laid out around the same today.
        var clock = TimeProvider.System;
        List<int> organs;
        await using (var db = new SqliteGongkaiDbContext(options, sealer))
        {
            organs = (await db.Set<Organization>().Where(o => o.IsActive).OrderBy(o => o.Id).ToListAsync())
                .Where(o => OrganizationKinds.HasPlatform(o.Kind)).Take(organCount).Select(o => o.Id).ToList();
            var admin = await db.Set<StaffUser>().SingleAsync(u => u.UserName == "admin");
            var now = clock.GetUtcNow();
            db.Add(new ApiToken { UserId = admin.Id, TokenHash = Gongkai.Web.Features.Identity.ApiTokenAuthentication.HashOf(Token), Prefix = Token[..10], CreatedAt = now, ExpiresAt = now.AddDays(1) });
            await db.SaveChangesAsync();
        }

        var calendar = WorkingDayCalendar.Official;
        var today = ChinaTime.Today(clock);
        var first = new DateOnly(2020, 1, 2); // the first year of the built-in official schedules
        var span = today.DayNumber - first.DayNumber - 40;
        var periods = new PublicityPeriods();
        var created = clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        const int batch = 10_000;
        var random = new Random(20261205);
        for (var done = 0; done < count; done += batch)
        {
            await using var db = new SqliteGongkaiDbContext(options, sealer);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var category = EnforcementCategories.InOrder[i % EnforcementCategories.InOrder.Count];
                var roll = random.Next(100);
                // Pending ones are recent (some past due, some due soon); the rest spread over the years.
                var decided = roll < 3 ? today.AddDays(-random.Next(5, 45)) : first.AddDays(random.Next(span));
                var due = PublicationClock.Due(calendar, category, decided);
                var person = i % 3 == 0;
                var d = new EnforcementDecision
                {
                    OrganizationId = organs[i % organs.Count],
                    Category = category,
                    DocumentNumber = $"津执〔{decided.Year}〕{i}号",
                    PartyKind = person ? PartyKind.NaturalPerson : PartyKind.LegalPerson,
                    PartyName = person ? "张三" + (i % 100) : $"重庆市江津区某某{i % 997}有限公司",
                    PartyCreditCode = person ? null : "91500116MA5U7X3L0X",
                    Matter = $"{EnforcementCategories.Name(category)}事项{i % 500}",
                    Facts = "经查，当事人于经营场所销售超过保质期的食品，违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。",
                    Basis = "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
                    Result = "没收违法所得，罚款5000元",
                    FineAmount = category == EnforcementCategory.Penalty ? 5000m : null,
                    DecidedOn = decided,
                    SimpleProcedure = category == EnforcementCategory.Penalty && i % 10 == 0,
                    Status = roll < 3 ? EnforcementStatus.Pending : roll < 4 ? EnforcementStatus.Withdrawn : EnforcementStatus.Published,
                    PublishBy = due.Due,
                    DueExplanation = PublicationClock.Explain(due, category),
                    CreatedAt = created,
                    UpdatedAt = created,
                    CreatedBy = "bench",
                };
                if (d.Status != EnforcementStatus.Pending)
                {
                    var on = due.Due.AddDays(-random.Next(0, 5));
                    d.PublishedOn = on < decided ? decided : on;
                    d.LateWorkingDays = 0;
                    d.PublicUntil = periods.PublicUntil(category, d.SimpleProcedure, d.PublishedOn.Value);
                }

                if (d.Status == EnforcementStatus.Withdrawn)
                {
                    (d.WithdrawnOn, d.WithdrawalKind, d.WithdrawalReason) = (d.PublishedOn!.Value.AddDays(30), WithdrawalKind.Revoked, "经行政复议撤销");
                }

                db.Add(d);
            }

            await db.SaveChangesAsync();
        }

        Console.WriteLine($"{count} decisions over {organs.Count} organs in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    public static async Task<int> MeasureAsync(string baseUrl, int requests, IEnumerable<string> cases)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        double? baseline = null;
        foreach (var c in cases)
        {
            var (name, path) = (c[..c.IndexOf('|')], c[(c.IndexOf('|') + 1)..]);
            var (uncached, token) = (path.StartsWith('!'), path.StartsWith('@'));
            path = path.TrimStart('!', '@');
            var times = new List<double>();
            for (var i = 0; i < requests + 20; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (uncached)
                {
                    request.Headers.Add("Cookie", "gongkai.auth=bench");
                }

                if (token)
                {
                    request.Headers.Authorization = new("Bearer", Token);
                }

                var sw = Stopwatch.StartNew();
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                sw.Stop();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Console.Error.WriteLine($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    return 1;
                }

                if (i >= 20)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            var (p50, p99) = (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.99) - 1]);
            baseline ??= p50;
            Console.WriteLine($"{name,-40} p50 {p50,8:F2} ms ({p50 / baseline.Value,6:F1}×)   p99 {p99,8:F2} ms ({p99 / baseline.Value,6:F1}×)");
        }

        return 0;
    }
}
