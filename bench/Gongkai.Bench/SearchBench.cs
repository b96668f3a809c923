using System.Diagnostics;
using Gongkai.Domain.Search;
using Gongkai.Web.Features.Search;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Bench;

/// <summary>Search benchmark: indexes N generated items into the Lucene index the application uses
/// and into a SQLite FTS5 trigram table, then runs the same 1,000 mixed queries (2–8 characters,
/// half with an organ or year filter) against both. Usage: Gongkai.Bench search &lt;count&gt; &lt;work-dir&gt;
/// [parts], where parts (comma-separated, default all) are index-lucene, index-fts5, query-lucene and
/// query-fts5: a 1,000,000-item corpus is built once and its queries rerun after a change.</summary>
public static class SearchBench
{
    private const int Organs = 60;
    private static readonly string[] Columns = ["规划计划", "政策文件", "财政预决算", "人事信息", "行政执法", "重点领域", "政策解读", "工作动态"];

    private static readonly DateTimeOffset Start = new(2020, 1, 6, 2, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(int count, string workDirectory, string parts = "index-lucene,index-fts5,query-lucene,query-fts5")
    {
        var run = parts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Directory.CreateDirectory(workDirectory);
        var luceneRoot = Path.Combine(workDirectory, "lucene");
        var sqliteFile = Path.Combine(workDirectory, "fts5.db");
        Console.WriteLine($"search bench: {count} items in {workDirectory}, parts {string.Join(",", run)}; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        if (run.Contains("index-lucene"))
        {
            await IndexLucene(count, luceneRoot);
        }

        if (run.Contains("index-fts5"))
        {
            await IndexFts5Async(count, sqliteFile);
        }

        var queries = Queries(count);
        List<int>? luceneTotals = null;
        List<double>? lucene = null;
        List<double>? luceneCpuMs = null;
        if (run.Contains("query-lucene"))
        {
            (lucene, luceneCpuMs, luceneTotals) = QueryLucene(luceneRoot, queries);
        }

        if (run.Contains("query-fts5"))
        {
            var (fts, ftsCpuMs, ftsTotals) = await QueryFts5Async(sqliteFile, queries);
            if (lucene is not null && luceneCpuMs is not null && luceneTotals is not null)
            {
                var misses = ftsTotals.Zip(luceneTotals).Count(p => p.First != p.Second);
                Console.WriteLine($"result counts differ between FTS5 and Lucene on {misses} of {queries.Count} queries");
                Console.WriteLine($"ratios: p50 fts5/lucene {Percentile(fts, 50) / Percentile(lucene, 50):F1}x wall, p99 fts5/lucene {Percentile(fts, 99) / Percentile(lucene, 99):F1}x wall, {Percentile(ftsCpuMs, 99) / Percentile(luceneCpuMs, 99):F1}x CPU");
            }
        }

        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        return 0;
    }

    private static async Task IndexLucene(int count, string luceneRoot)
    {
        if (Directory.Exists(luceneRoot))
        {
            Directory.Delete(luceneRoot, true);
        }

        // Lucene, as the application builds it (SearchIndexer.RebuildAsync does the same calls).
        var baseline = Process.GetCurrentProcess().WorkingSet64;
        using var index = new SearchIndexStore(luceneRoot, NullLogger<SearchIndexStore>.Instance);
        var stopwatch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var build = index.BeginBuild();
        // Generating the text (the application reads it from the database instead) overlaps with
        // indexing, as reading does in SearchIndexer.RebuildAsync; it is timed on its own.
        var generating = new Stopwatch();
        IEnumerable<IReadOnlyList<SearchDocument>> Generated()
        {
            using var batches = Documents(count, null).Chunk(1000).GetEnumerator();
            while (true)
            {
                generating.Start();
                var more = batches.MoveNext();
                generating.Stop();
                if (!more)
                {
                    yield break;
                }

                yield return batches.Current;
            }
        }

        await SearchIndexStore.AddAllAsync(build, Generated().ToAsyncEnumerable(), CancellationToken.None);
        var committing = Stopwatch.StartNew();
        index.CompleteBuild(build, 0);
        committing.Stop();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var memory = Process.GetCurrentProcess().PeakWorkingSet64;
        var size = DirectorySize(luceneRoot);
        Console.WriteLine($"lucene: indexed {count} items in {seconds:F1} s = {count / seconds:F0} items/s ({cpuSeconds:F1} CPU-s = {count / cpuSeconds:F0} items per CPU-second), index {size / 1048576.0:F0} MiB, peak working set {memory / 1048576.0:F0} MiB (baseline {baseline / 1048576.0:F0} MiB)");
        Console.WriteLine($"lucene: generating the text took {generating.Elapsed.TotalSeconds:F1} s of it (beside indexing), the final commit {committing.Elapsed.TotalSeconds:F1} s; load average {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    /// <summary>SQLite FTS5 trigram over the same text: the baseline.</summary>
    private static async Task IndexFts5Async(int count, string sqliteFile)
    {
        File.Delete(sqliteFile);
        var stopwatch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using var sqlite = new SqliteConnection($"Data Source={sqliteFile}");
        await sqlite.OpenAsync();
        await Execute(sqlite, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE VIRTUAL TABLE docs USING fts5(title, body, org UNINDEXED, year UNINDEXED, tokenize='trigram');");
        foreach (var batch in Documents(count, null).Chunk(5000))
        {
            await using var tx = await sqlite.BeginTransactionAsync();
            await using var insert = sqlite.CreateCommand();
            insert.CommandText = "INSERT INTO docs(rowid, title, body, org, year) VALUES ($id, $title, $body, $org, $year)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            var org = insert.Parameters.Add("$org", SqliteType.Integer);
            var year = insert.Parameters.Add("$year", SqliteType.Integer);
            foreach (var d in batch)
            {
                id.Value = d.Id;
                title.Value = SearchText.Normalize(d.Title);
                body.Value = SearchText.Normalize(d.Body);
                org.Value = d.OrganizationId;
                year.Value = d.PublishedAt!.Value.Year;
                await insert.ExecuteNonQueryAsync();
            }

            await tx.CommitAsync();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"fts5:   indexed {count} items in {seconds:F1} s = {count / seconds:F0} items/s ({cpuSeconds:F1} CPU-s = {count / cpuSeconds:F0} items per CPU-second), file {new FileInfo(sqliteFile).Length / 1048576.0:F0} MiB");
    }

    /// <summary>1,000 mixed queries: substrings of 2–8 characters of real items, a quarter with an
    /// organ filter and a quarter with a year filter. The same seed gives the same queries.</summary>
    private static List<(string Text, int? Org, int? Year)> Queries(int count)
    {
        var samples = new List<string>();
        foreach (var unused in Documents(count, samples).TakeWhile(_ => samples.Count < 5000))
        {
        }

        var random = new Random(1127);
        var queries = new List<(string Text, int? Org, int? Year)>();
        while (queries.Count < 1000)
        {
            var text = SearchText.Normalize(samples[random.Next(samples.Count)]);
            var length = random.Next(2, 9);
            if (text.Length <= length)
            {
                continue;
            }

            var q = text.Substring(random.Next(text.Length - length), length);
            if (q.Contains(' ') || q.Contains('"'))
            {
                continue;
            }

            var filter = random.Next(4);
            queries.Add((q, filter == 1 ? random.Next(1, Organs + 1) : null, filter == 2 ? 2020 + random.Next(6) : null));
        }

        Console.WriteLine($"queries: {queries.Distinct().Count()} distinct of {queries.Count} (repeats may be answered from the result cache)");
        return queries;
    }

    private static (List<double> Wall, List<double> Cpu, List<int> Totals) QueryLucene(string luceneRoot, List<(string Text, int? Org, int? Year)> queries)
    {
        using var store = new SearchIndexStore(luceneRoot, NullLogger<SearchIndexStore>.Instance);
        var index = new SearchIndex(store);
        var now = DateTimeOffset.UtcNow;
        index.Search(new SearchRequest { Query = "政务公开" }, now); // warm-up
        var wall = new List<double>();
        var cpu = new List<double>();
        var totals = new List<int>();
        var slowest = new List<(double Ms, string Text, int Total)>();
        var gcPause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var gcCounts = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        foreach (var (text, org, year) in queries)
        {
            var c = ThreadCpu.Milliseconds();
            var t = Stopwatch.GetTimestamp();
            var result = index.Search(new SearchRequest { Query = text, OrganizationId = org, Year = year }, now);
            var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            wall.Add(ms);
            cpu.Add(ThreadCpu.Milliseconds() - c);
            totals.Add(result.Total);
            slowest.Add((ms, text + (org is null ? "" : " org=" + org) + (year is null ? "" : " year=" + year), result.Total));
        }

        Console.WriteLine($"lucene: 1000 queries p50 {Percentile(wall, 50):F1} ms, p99 {Percentile(wall, 99):F1} ms, max {wall.Max():F1} ms wall; CPU p50 {Percentile(cpu, 50):F1} ms, p99 {Percentile(cpu, 99):F1} ms (with facet counts, top 20 and snippets); mean hits {totals.Average():F0}; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"lucene: garbage collections during the queries gen0 {GC.CollectionCount(0) - gcCounts.Item1}, gen1 {GC.CollectionCount(1) - gcCounts.Item2}, gen2 {GC.CollectionCount(2) - gcCounts.Item3}, paused {(GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds:F0} ms in all, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0 / queries.Count:F1} MiB allocated per query; server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine("lucene: slowest " + string.Join("; ", slowest.OrderByDescending(s => s.Ms).Take(12).Select(s => $"{s.Text} {s.Ms:F0} ms {s.Total} hits")));
        return (wall, cpu, totals);
    }

    private static async Task<(List<double> Wall, List<double> Cpu, List<int> Totals)> QueryFts5Async(string sqliteFile, List<(string Text, int? Org, int? Year)> queries)
    {
        await using var sqlite = new SqliteConnection($"Data Source={sqliteFile}");
        await sqlite.OpenAsync();
        var wall = new List<double>();
        var cpu = new List<double>();
        var totals = new List<int>();
        foreach (var (text, org, year) in queries)
        {
            var filter = (org is null ? "" : " AND org = " + org) + (year is null ? "" : " AND year = " + year);
            // Trigram MATCH needs three or more characters; shorter queries fall back to LIKE (a scan).
            var where = text.Length >= 3 ? "docs MATCH $q" : "(title LIKE $like OR body LIKE $like)";
            var c = ThreadCpu.Milliseconds();
            var t = Stopwatch.GetTimestamp();
            await using var countCommand = sqlite.CreateCommand();
            countCommand.CommandText = $"SELECT count(*) FROM docs WHERE {where}{filter}";
            countCommand.Parameters.AddWithValue("$q", "\"" + text + "\"");
            countCommand.Parameters.AddWithValue("$like", "%" + text + "%");
            totals.Add(Convert.ToInt32(await countCommand.ExecuteScalarAsync()));
            await using var top = sqlite.CreateCommand();
            top.CommandText = $"SELECT rowid, title FROM docs WHERE {where}{filter} {(text.Length >= 3 ? "ORDER BY rank" : "")} LIMIT 20";
            top.Parameters.AddWithValue("$q", "\"" + text + "\"");
            top.Parameters.AddWithValue("$like", "%" + text + "%");
            await using (var reader = await top.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                }
            }

            wall.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            cpu.Add(ThreadCpu.Milliseconds() - c);
        }

        Console.WriteLine($"fts5:   1000 queries p50 {Percentile(wall, 50):F1} ms, p99 {Percentile(wall, 99):F1} ms, max {wall.Max():F1} ms wall; CPU p50 {Percentile(cpu, 50):F1} ms, p99 {Percentile(cpu, 99):F1} ms (count + top 20, no facets); load average {File.ReadAllText("/proc/loadavg").Trim()}");
        return (wall, cpu, totals);
    }

    private static IEnumerable<SearchDocument> Documents(int count, List<string>? samples)
    {
        var text = new GovernmentText(20261127);
        for (var i = 1; i <= count; i++)
        {
            var publishedAt = Start.AddMinutes((long)i * 3000000 / count);
            var org = text.Next(Organs) + 1;
            var title = text.Title(i);
            var body = HtmlText.Of(text.Body());
            if (samples is not null && samples.Count < 5000 && i % 7 == 0)
            {
                samples.Add(title);
                samples.Add(body);
            }

            yield return new SearchDocument
            {
                Kind = "publication",
                Id = i,
                Title = title,
                Url = $"/xxgk/{org}/item/{i}",
                Body = body,
                OrganizationId = org,
                OrganizationName = $"江津区第{org}机关",
                Category = Columns[i % Columns.Length],
                Topic = "综合政务",
                Genre = "通知",
                Validity = "有效",
                PublishedAt = publishedAt,
                DocumentNumber = $"江津府办发〔{publishedAt.Year}〕{i % 400 + 1}号",
                IndexNumber = $"BENCH{org:D6}/{publishedAt.Year}-{i:D7}",
            };
        }
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
