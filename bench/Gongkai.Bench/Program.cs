using System.Diagnostics;
using Gongkai.Bench;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

if (args.Length > 0 && args[0] == "annual-reports")
{
    return await AnnualReportsBench.RunAsync(args);
}

if (args.Length > 0 && args[0] == "compliance")
{
    // Usage: Gongkai.Bench compliance <data-directory> [year] (bench/compliance.sh)
    return await ComplianceBench.RunAsync(args);
}

if (args.Length >= 3 && args[0] == "applications")
{
    // Usage: Gongkai.Bench applications <directory> <size> [<size> …] (bench/applications.sh)
    return await ApplicationsBench.RunAsync(args[1], args.Skip(2).Select(int.Parse).ToList());
}

if (args.Length == 3 && args[0] == "mailbox" && int.TryParse(args[2], out var letters))
{
    // Usage: Gongkai.Bench mailbox <directory> <letters> (bench/mailbox.sh)
    return await MailboxBench.RunAsync(args[1], letters);
}

// Usage: Gongkai.Bench publications <sqlite-file> <count>
//        Gongkai.Bench search <count> <work-dir> [parts]     (search benchmark, see SearchBench)
if (args.Length is 3 or 4 && args[0] == "search" && int.TryParse(args[1], out var searchCount))
{
    return args.Length == 4 ? await SearchBench.RunAsync(searchCount, args[2], args[3]) : await SearchBench.RunAsync(searchCount, args[2]);
}

if (args.Length == 3 && args[0] == "powerlists-fill" && int.TryParse(args[2], out var powerItems))
{
    // Usage: Gongkai.Bench powerlists-fill <sqlite-file> <count> (bench/powerlists.sh)
    return await PowerListsBench.FillAsync(args[1], powerItems);
}

if (args.Length >= 4 && args[0] == "powerlists-measure" && int.TryParse(args[2], out var powerRequests))
{
    // Usage: Gongkai.Bench powerlists-measure <base-url> <requests> <name|path>… (bench/powerlists.sh)
    return await PowerListsBench.MeasureAsync(args[1], powerRequests, args.Skip(3));
}

if (args.Length == 4 && args[0] == "enforcement-fill" && int.TryParse(args[2], out var decisions) && int.TryParse(args[3], out var enforcementOrgans))
{
    // Usage: Gongkai.Bench enforcement-fill <sqlite-file> <count> <organs> (bench/enforcement.sh)
    return await EnforcementBench.FillAsync(args[1], decisions, enforcementOrgans);
}

if (args.Length >= 4 && args[0] == "enforcement-measure" && int.TryParse(args[2], out var enforcementRequests))
{
    // Usage: Gongkai.Bench enforcement-measure <base-url> <requests> <name|path>… (bench/enforcement.sh)
    return await EnforcementBench.MeasureAsync(args[1], enforcementRequests, args.Skip(3));
}

if (args.Length >= 3 && args[0] == "search-probe")
{
    return SearchProbe.Run(args);
}

// Fills an already migrated and seeded database (start the app once on it first) with published
// items spread over the organs' Article 20 columns, as a district would have after some years.
if (args.Length != 3 || args[0] != "publications" || !int.TryParse(args[2], out var count))
{
    Console.Error.WriteLine("usage: Gongkai.Bench publications <sqlite-file> <count>");
    return 2;
}

var options = new DbContextOptionsBuilder<SqliteGongkaiDbContext>().UseSqlite($"Data Source={args[1]}").Options;
var sealer = new AuditSealer(new AuditKey(new byte[32]));
var stopwatch = Stopwatch.StartNew();
List<(int Organization, int Column)> columns;
await using (var db = new SqliteGongkaiDbContext(options, sealer))
{
    columns = await db.Set<PublicationColumn>().Where(c => c.Key.StartsWith("item-"))
        .Join(db.Set<Organization>().Where(o => o.IsActive), c => c.OrganizationId, o => o.Id, (c, o) => new { c.OrganizationId, c.Id })
        .Select(x => new ValueTuple<int, int>(x.OrganizationId, x.Id)).ToListAsync();
}

if (columns.Count == 0)
{
    Console.Error.WriteLine("no columns: start the application once on this database first");
    return 1;
}

var text = new GovernmentText(20261127);
var author = Guid.Parse("00000000-0000-0000-0000-00000000be0c");
var start = new DateTimeOffset(2020, 1, 6, 2, 0, 0, TimeSpan.Zero);
const int batch = 2000;
for (var done = 0; done < count; done += batch)
{
    await using var db = new SqliteGongkaiDbContext(options, sealer);
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var i = done; i < Math.Min(count, done + batch); i++)
    {
        var (organization, column) = columns[text.Next(columns.Count)];
        var publishedAt = start.AddMinutes((long)i * 2400000 / count);
        var formedOn = DateOnly.FromDateTime(publishedAt.UtcDateTime).AddDays(-text.Next(15));
        var item = new Publication
        {
            OrganizationId = organization,
            ColumnId = column,
            Title = text.Title(i),
            DocumentNumber = $"江津府办发〔{publishedAt.Year}〕{i % 400 + 1}号",
            Topic = "综合政务",
            Genre = "通知",
            SignedOn = formedOn,
            FormedOn = formedOn,
            Summary = null,
            BodyHtml = text.Body(),
            IndexNumber = $"BENCH{organization:D6}/{publishedAt.Year}-{i:D7}",
            Status = Gongkai.Domain.Publications.PublicationStatus.Published,
            AuthorId = author,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
            PublishedAt = publishedAt,
            PublishedRevisionNumber = 1,
        };
        var revision = new PublicationRevision { Number = 1, AuthorId = author, AuthorName = "基准数据", CreatedAt = publishedAt, UpdatedAt = publishedAt, PublishedAt = publishedAt, Round = 1 };
        revision.CopyContentFrom(item);
        item.Revisions.Add(revision);
        db.Add(item);
    }

    await db.SaveChangesAsync();
}

Console.WriteLine($"inserted {count} published items in {stopwatch.Elapsed.TotalSeconds:F1} s");
return 0;
