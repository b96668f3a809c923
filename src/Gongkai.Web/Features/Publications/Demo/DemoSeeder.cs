using System.Globalization;
using System.Net;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Demo;

/// <summary>With <c>--demo</c> (configuration <c>Gongkai:Demo=true</c>) fills an empty platform with
/// about sixty clearly labelled sample items (【示例】) across the district government, three
/// departments and two towns, so that every page has something to show (other features add their
/// own samples for the same organs, e.g. the guides' <c>DemoGuideSeeder</c>). Does nothing without the flag or once any item exists, so it is safe at every start.
/// Items are stored as final approval leaves them, with 索引号 drawn from <see cref="IndexSerial"/>.</summary>
public sealed class DemoSeeder(IConfiguration configuration, ILogger<DemoSeeder> log) : IStartupSeeder
{
    /// <summary>The organs that get samples (other features' demo seeders use the same ones).</summary>
    public static readonly (string ShortName, string NumberPrefix)[] Organs =
    [
        ("区政府", "江津府发"), (DemoData.DistrictOffice, "江津府办发"), ("区财政局", "江津财发"), ("区人力社保局", "江津人社发"), ("区教委", "江津教发"), ("油溪镇", "油溪府发"), ("吴滩镇", "吴滩府发"),
    ];

    public int Order => 90;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!DemoData.IsOn(configuration))
        {
            return;
        }

        var db = services.GetRequiredService<GongkaiDbContext>();
        if (await db.Set<Publication>().AnyAsync(ct))
        {
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var tree = services.GetRequiredService<ColumnTree>();
        var plan = new List<(Organization Organ, List<PublicationColumn> Columns, string Prefix, DemoSample Sample)>();
        foreach (var (shortName, prefix) in Organs)
        {
            var organ = await services.GetRequiredService<OrganizationDirectory>().FindActiveAsync(shortName, ct);
            if (organ is null)
            {
                log.LogWarning("示例数据：未找到机关 {ShortName}，跳过", shortName);
                continue;
            }

            var columns = await tree.EnsureAsync(organ, ct);
            var samples = organ.Kind switch
            {
                OrganizationKind.Government => [.. DemoSamples.Common, .. DemoSamples.Government],
                OrganizationKind.Town or OrganizationKind.Subdistrict => [.. DemoSamples.Common, .. DemoSamples.Town],
                _ => DemoSamples.Common,
            };
            foreach (var sample in samples.Where(s => columns.Any(c => c.Key == s.ColumnKey)))
            {
                plan.Add((organ, columns, prefix, sample));
            }

            // A second year of the budget, so that the column has a history.
            plan.Add((organ, columns, prefix, DemoSamples.Common.First(s => s.Title.Contains("部门预算", StringComparison.Ordinal))));
        }

        // Dates spread evenly from January 2024 to today (at most October 2026), oldest first.
        var start = new DateTimeOffset(2024, 1, 10, 9, 30, 0, ChinaTime.Offset);
        var end = Min(clock.GetUtcNow().AddDays(-1), new DateTimeOffset(2026, 10, 30, 9, 30, 0, ChinaTime.Offset));
        // Round robin over the organs, so that each organ's items spread over the whole period.
        var order = plan.Select((p, i) => (p, rank: plan.Take(i).Count(q => q.Organ.Id == p.Organ.Id)))
            .OrderBy(x => x.rank).Select(x => x.p).ToList();
        var serials = new Dictionary<(int, int), int>();
        for (var i = 0; i < order.Count; i++)
        {
            var (organ, columns, prefix, sample) = order[i];
            // Stored in UTC: PostgreSQL takes no other offset.
            var at = (start + ((end - start) * i / Math.Max(1, order.Count - 1))).ToUniversalTime();
            var china = ChinaTime.ToChina(at);
            var year = sample.ColumnKey == ColumnKeys.AnnualReports ? china.Year - 1 : china.Year;
            var number = serials[(organ.Id, china.Year)] = serials.GetValueOrDefault((organ.Id, china.Year)) + 1;
            db.Add(Build(organ, columns.First(c => c.Key == sample.ColumnKey), prefix, sample, year, number, at,
                await NextIndexNumberAsync(db, organ, china.Year, ct)));
        }

        services.GetRequiredService<AuditTrail>().Record("demo.seeded", detail: $"示例数据：{order.Count} 条公开信息", userName: DemoData.Actor);
        await db.SaveChangesAsync(ct);
        log.LogWarning("演示模式：已写入 {Count} 条示例信息（标题以“{Prefix}”开头）", order.Count, DemoData.Marker);
    }

    private static Publication Build(Organization organ, PublicationColumn column, string prefix, DemoSample sample, int year, int number,
        DateTimeOffset at, string indexNumber)
    {
        string Fill(string text) => string.Format(CultureInfo.InvariantCulture, text, organ.Name, year);
        var published = DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime);
        var revision = new PublicationRevision
        {
            Number = 1,
            AuthorId = Guid.Empty,
            AuthorName = DemoData.Actor,
            CreatedAt = at,
            UpdatedAt = at,
            Round = 1,
            PublishedAt = at,
            ColumnId = column.Id,
            Title = DemoData.Marker + Fill(sample.Title),
            DocumentNumber = sample.Numbered ? $"{prefix}〔{ChinaTime.ToChina(at).Year}〕{number}号（示例）" : null,
            Topic = sample.Topic,
            Genre = sample.Genre,
            Validity = PublicationValidity.Valid,
            SignedOn = published.AddDays(-3),
            FormedOn = published.AddDays(-3),
            Summary = Fill(sample.Summary),
            BodyHtml = $"<p><strong>{DemoSamples.Notice}</strong></p>" +
                string.Concat(Fill(sample.Body).Split('|').Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>")),
        };
        var p = new Publication
        {
            OrganizationId = organ.Id,
            AuthorId = Guid.Empty,
            CreatedAt = at,
            UpdatedAt = at,
            PublishedAt = at,
            Status = PublicationStatus.Published,
            ReviewStages = 1,
            PublishedRevisionNumber = 1,
            IndexNumber = indexNumber,
        };
        p.CopyContentFrom(revision);
        p.Revisions.Add(revision);
        return p;
    }

    private static async Task<string> NextIndexNumberAsync(GongkaiDbContext db, Organization organ, int year, CancellationToken ct)
    {
        var serial = db.Set<IndexSerial>().Local.FirstOrDefault(s => s.OrganizationId == organ.Id && s.Year == year)
            ?? await db.Set<IndexSerial>().FirstOrDefaultAsync(s => s.OrganizationId == organ.Id && s.Year == year, ct);
        if (serial is null)
        {
            serial = new IndexSerial { OrganizationId = organ.Id, Year = year };
            db.Add(serial);
        }

        serial.LastSerial++;
        return IndexNumber.Create(organ.CreditCode, organ.Id, year, serial.LastSerial).ToString();
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
