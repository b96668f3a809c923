using System.Diagnostics;
using System.Globalization;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Mailbox;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Mailbox;
using Gongkai.Web.Features.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>Benchmark of the mailbox: a fresh SQLite database with 60 organs and N letters received
/// over three years (2023-12 to 2026-11, 3 % still open, 70 % consenting, 40 % published), then, in
/// one run, <c>COUNT(*)</c> of the letters table (the baseline), the monthly analysis of one month and
/// of one year (<see cref="MailboxAnalysis"/>, everything the page and the Word export compute), and
/// the staff queue (district-wide and one organ's, <see cref="MailboxQueue"/>). Prints p50/p99 of each
/// and their ratio to the baseline's.</summary>
public static class MailboxBench
{
    private static readonly string[] Places = ["几江街道", "德感街道", "双福街道", "鼎山街道", "白沙镇", "珞璜镇", "支坪镇", "油溪镇", "吴滩镇", "石门镇"];
    private static readonly string[] Matters = ["道路积水", "噪音扰民", "停车难", "路灯不亮", "物业收费", "学校招生", "医保报销", "公交线路", "垃圾清运", "农村饮水", "占道经营", "房屋漏水"];

    public static async Task<int> RunAsync(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "mailbox.db");
        File.Delete(file);
        var options = new DbContextOptionsBuilder<SqliteGongkaiDbContext>().UseSqlite($"Data Source={file}").Options;
        var sealer = new AuditSealer(new AuditKey(new byte[32]));
        var seed = Stopwatch.StartNew();
        var organs = await SeedAsync(options, sealer, file, count);
        Console.WriteLine($"{count} letters seeded in {seed.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        var today = new DateOnly(2026, 11, 27);
        var calendar = WorkingDayCalendar.Official;
        var limits = new LetterTimeLimits();
        var organ = new HashSet<int> { organs[7] };
        (string Name, int Runs, Func<GongkaiDbContext, Task<int>> Run)[] cases =
        [
            ("COUNT(*) letters (baseline)", 200, async db => await db.Set<MailboxLetter>().CountAsync()),
            ("analysis, one month", 200, async db => (await new MailboxAnalysis(db).ComputeAsync("2026-10", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 1), CancellationToken.None)).Received),
            ("analysis, one year", 20, async db => (await new MailboxAnalysis(db).ComputeAsync("2025", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1), CancellationToken.None)).Received),
            ("staff queue, district, page 1", 200, async db => (await new MailboxQueue(db).ReadAsync(null, true, false, 1, calendar, limits, today, CancellationToken.None)).Rows.Count),
            ("staff queue, one organ, page 1", 200, async db => (await new MailboxQueue(db).ReadAsync(organ, true, false, 1, calendar, limits, today, CancellationToken.None)).Rows.Count),
        ];
        var results = new List<(string Name, double P50, double P99)>();
        foreach (var (name, runs, run) in cases)
        {
            var times = new List<double>();
            var warm = Math.Max(3, runs / 10);
            for (var i = 0; i < runs + warm; i++)
            {
                await using var db = new SqliteGongkaiDbContext(options, sealer);
                var sw = Stopwatch.StartNew();
                var n = await run(db);
                sw.Stop();
                if (n == 0)
                {
                    throw new InvalidOperationException(name + " found nothing");
                }

                if (i >= warm)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            results.Add((name, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.99) - 1]));
        }

        var (_, b50, b99) = results[0];
        foreach (var (name, p50, p99) in results)
        {
            Console.WriteLine($"{name,-32} p50 {p50,9:F2} ms  p99 {p99,9:F2} ms   ×COUNT p50 {p50 / b50,7:F2}  p99 {p99 / b99,7:F2}");
        }

        return 0;
    }

    private static async Task<List<int>> SeedAsync(DbContextOptions<SqliteGongkaiDbContext> options, AuditSealer sealer, string file, int count)
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

        // Straight SQL in one transaction: EF would take minutes for 300,000 rows; the values are in
        // the formats EF writes (ISO dates, enum names, upper-case GUIDs).
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO MailboxLetters (TrackingCode, QueryPasswordHash, RecipientOrganizationId, HandlingOrganizationId, RepliedByOrganizationId, Type, Subject, Content, Topic,
              PublishConsent, ReceivedOn, SubmittedAt, SubmissionKey, Stage, IsOpen, SignOffBy, ReplyBy, RepliedOn, Extended, ReplyText, PublishedAt, PublishedSubject, PublishedContent, PublishedReply, Version)
            VALUES ($code, 'pbkdf2$1$AA==$AA==', NULL, $handling, $replier, $type, $subject, $content, $topic, $consent, $received, $submitted, $key, $stage, $open, $signoff, $replyby, $replied, 0, $reply, $published, $psubject, $pcontent, $preply, $version)
            """;
        string[] names = ["code", "handling", "replier", "type", "subject", "content", "topic", "consent", "received", "submitted", "key", "stage", "open", "signoff", "replyby", "replied", "reply", "published", "psubject", "pcontent", "preply", "version"];
        var p = names.ToDictionary(n => n, n => command.Parameters.Add(new SqliteParameter("$" + n, null)));
        var random = new Random(20261127);
        var first = new DateOnly(2023, 12, 1);
        var last = new DateOnly(2026, 11, 26);
        var span = last.DayNumber - first.DayNumber;
        string[] topics = ["城乡建设", "交通出行", "教育", "医疗卫生", "社会保障", "生态环境", "市场监管", "农业农村"];
        for (var i = 0; i < count; i++)
        {
            var open = random.Next(100) < 3;
            var received = open ? last.AddDays(-random.Next(20)) : first.AddDays(random.Next(span));
            var replyBy = received.AddDays(14);
            var replied = open ? (DateOnly?)null : received.AddDays(random.Next(100) < 8 ? 16 : 7);
            var consent = random.Next(100) < 70;
            var published = !open && consent && random.Next(100) < 57;
            var organ = organs[random.Next(organs.Count)];
            var subject = $"{Places[random.Next(Places.Length)]}{Matters[random.Next(Matters.Length)]}问题";
            var type = (LetterType)random.Next(5);
            p["code"].Value = $"XXB{i:D9}";
            p["handling"].Value = open && random.Next(4) == 0 ? DBNull.Value : organ;
            p["replier"].Value = open ? DBNull.Value : organ;
            p["type"].Value = type.ToString();
            p["subject"].Value = subject;
            p["content"].Value = "反映" + subject + "，希望尽快解决。";
            p["topic"].Value = topics[random.Next(topics.Length)];
            p["consent"].Value = consent ? 1 : 0;
            p["received"].Value = received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["submitted"].Value = received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 02:00:00+00:00";
            p["key"].Value = $"bench{i}";
            p["stage"].Value = (open ? LetterStage.Handling : published ? LetterStage.Published : LetterStage.Replied).ToString();
            p["open"].Value = open ? 1 : 0;
            p["signoff"].Value = received.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["replyby"].Value = replyBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["replied"].Value = replied is { } r ? r.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            p["reply"].Value = open ? DBNull.Value : "已答复。";
            p["published"].Value = published ? replied!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 08:00:00+00:00" : DBNull.Value;
            p["psubject"].Value = published ? subject : DBNull.Value;
            p["pcontent"].Value = published ? "反映" + subject + "。" : DBNull.Value;
            p["preply"].Value = published ? "已答复。" : DBNull.Value;
            p["version"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }

        return organs;
    }
}
