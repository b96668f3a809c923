using Gongkai.Domain.Calendar;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications;

/// <summary>Art. 20/21 completeness and freshness of every organ's statutory columns, computed once
/// for all organs: the columns each organ holds (<see cref="StatutoryAssignment"/>, which already
/// follows the organ kind: the district government all of Art. 20, departments and towns items
/// (一)(二)(五)–(十)(十四)(十五), plus the Art. 21 areas of those that hold them), with one grouped
/// query of the published items per column.</summary>
public sealed class StatutoryColumnFacts(GongkaiDbContext db, IOptions<ColumnFreshnessOptions> freshness)
{
    public sealed record Column(int OrganizationId, string ItemKey, string Title, int Published, DateOnly? LastPublishedOn, bool Stale);

    /// <summary>Every organ's columns per day judged: computed once per scope (both statutory-column
    /// indicators of one overview read it), then narrowed to each query's organs, so another query
    /// in the same scope with other organs still gets its own.</summary>
    private readonly Dictionary<DateOnly, List<Column>> cache = [];

    public async Task<List<Column>> ForAsync(ComplianceQuery query, CancellationToken ct)
    {
        if (!cache.TryGetValue(query.AsOf, out var all))
        {
            all = await AllAsync(query.AsOf, ct);
            cache[query.AsOf] = all;
        }

        var ids = query.OrganizationIds.ToHashSet();
        return all.Where(c => ids.Contains(c.OrganizationId)).ToList();
    }

    private async Task<List<Column>> AllAsync(DateOnly asOf, CancellationToken ct)
    {
        var end = ChinaTime.StartOfDayUtc(asOf.AddDays(1));
        var assigned = await db.Set<StatutoryAssignment>().AsNoTracking().Where(a => a.Assigned)
            .Select(a => new { a.OrganizationId, a.ItemKey }).ToListAsync(ct);
        var columns = await db.Set<PublicationColumn>().AsNoTracking().Where(c => c.StatutoryLabel != null)
            .Select(c => new { c.Id, c.OrganizationId, c.Key, c.Title }).ToListAsync(ct);
        var stats = await (from p in db.Set<Publication>()
                           join c in db.Set<PublicationColumn>() on p.ColumnId equals c.Id
                           where c.StatutoryLabel != null && p.Status == PublicationStatus.Published && p.PublishedAt < end
                           group p by p.ColumnId into g
                           select new { ColumnId = g.Key, Count = g.Count(), Last = g.Max(p => p.PublishedAt) }).ToDictionaryAsync(s => s.ColumnId, ct);
        var byKey = columns.ToDictionary(c => (c.OrganizationId, c.Key));
        return assigned.Select(a =>
        {
            var column = byKey.GetValueOrDefault((a.OrganizationId, a.ItemKey));
            var stat = column is null ? null : stats.GetValueOrDefault(column.Id);
            DateOnly? last = stat?.Last is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : null;
            var title = column?.Title ?? StatutoryItems.Find(a.ItemKey)?.Title ?? a.ItemKey;
            var stale = last is { } l && ColumnCadence.IsStale(l, asOf, freshness.Value.MonthsFor(a.ItemKey));
            return new Column(a.OrganizationId, a.ItemKey, title, stat?.Count ?? 0, last, stale);
        }).OrderBy(c => StatutoryItems.Find(c.ItemKey) is { } item ? StatutoryDuties.Order(item) : 99).ToList();
    }
}

/// <summary>法定主动公开栏目 the organ must have but that hold no published item (red).</summary>
public sealed class EmptyStatutoryColumnsIndicator(StatutoryColumnFacts facts) : IComplianceIndicator
{
    public string Key => "statutoryColumnsEmpty";

    public string Name => "法定栏目空白";

    public int Order => 100;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct) =>
        (await facts.ForAsync(query, ct)).Where(c => c.Published == 0).GroupBy(c => c.OrganizationId).ToDictionary(g => g.Key,
            g => new ComplianceFinding(g.Count(), ComplianceLevel.Behind, "空白栏目：" + string.Join("、", g.Select(c => c.Title)), $"/xxgk/{g.Key}"));
}

/// <summary>Statutory columns whose newest item is older than their cadence (amber), with the date.</summary>
public sealed class StaleStatutoryColumnsIndicator(StatutoryColumnFacts facts) : IComplianceIndicator
{
    public string Key => "statutoryColumnsStale";

    public string Name => "法定栏目久未更新";

    public int Order => 110;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct) =>
        (await facts.ForAsync(query, ct)).Where(c => c.Stale).GroupBy(c => c.OrganizationId).ToDictionary(g => g.Key,
            g => new ComplianceFinding(g.Count(), ComplianceLevel.Warning,
                "久未更新：" + string.Join("、", g.Select(c => $"{c.Title}（最近 {c.LastPublishedOn:yyyy-MM-dd}）")), $"/xxgk/{g.Key}"));
}

/// <summary>Items published in the year after their time limit: the column's limit from the
/// standard catalogue where one is set (<see cref="PublicationTimeLimits"/>), else Art. 26's 20 working
/// days from the day the item was formed (<see cref="Timeliness"/>). The year's items are read as four
/// columns from the covering index <c>IX_Publication_Lateness</c>, never the rows with their bodies,
/// and judged in memory with one due date per (day formed, limit).</summary>
public sealed class LateItemsIndicator(GongkaiDbContext db, CalendarProvider calendars, PublicationTimeLimits timeLimits) : IComplianceIndicator
{
    /// <summary>Items formed this long before the year began and published in it are late whatever
    /// the calendar (20 working days never span 90 days).</summary>
    private const int CertainlyLateDays = 90;

    /// <summary>The staff list of late publications (公开时效 on the publications page: items published
    /// late and drafts past their limit, for the organs the person may see).</summary>
    public const string Evidence = "/admin/publications#timeliness";

    public string Key => "lateItems";

    public string Name => "信息超期发布";

    public int Order => 120;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var first = new DateOnly(query.Year, 1, 1);
        var last = new DateOnly(query.Year, 12, 31) < query.AsOf ? new DateOnly(query.Year, 12, 31) : query.AsOf;
        if (last < first)
        {
            return new Dictionary<int, ComplianceFinding>();
        }

        var from = ChinaTime.StartOfDayUtc(first);
        var until = ChinaTime.StartOfDayUtc(last.AddDays(1));
        var cutoff = first.AddDays(-CertainlyLateDays);
        var organs = query.OrganizationIds.ToHashSet();
        var items = await db.Set<Publication>().AsNoTracking()
            .Where(p => p.PublishedAt >= from && p.PublishedAt < until && p.Status != PublicationStatus.Withdrawn)
            .Select(p => new { p.OrganizationId, p.ColumnId, p.FormedOn, p.PublishedAt })
            .ToListAsync(ct);
        var limits = await timeLimits.ForColumnsAsync(items.Select(i => i.ColumnId).Distinct().ToList(), ct);
        var dueDates = new Dictionary<(DateOnly Formed, int Limit), DateOnly?>();
        var counts = new Dictionary<int, int>();
        foreach (var item in items)
        {
            if (!organs.Contains(item.OrganizationId) || item.PublishedAt is not { } at)
            {
                continue;
            }

            var late = item.FormedOn < cutoff
                || (DueOn(calendar, dueDates, item.FormedOn, timeLimits.WorkingDaysFor(limits, item.ColumnId)) is { } due
                    && DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) > due);
            if (late)
            {
                counts[item.OrganizationId] = counts.GetValueOrDefault(item.OrganizationId) + 1;
            }
        }

        return ComplianceFindings.Behind(counts, query,
            count => $"{query.Year}年有 {count} 条信息晚于公开时限发布（标准目录所定时限或《条例》第二十六条的20个工作日）", _ => Evidence);
    }

    /// <summary>The due date, or null when the calendar of its year is not loaded: never judged late
    /// on a guess.</summary>
    private static DateOnly? DueOn(WorkingDayCalendar calendar, Dictionary<(DateOnly, int), DateOnly?> known, DateOnly formed, int limit)
    {
        if (!known.TryGetValue((formed, limit), out var due))
        {
            try
            {
                due = Timeliness.DueDate(calendar, formed, limit).Due;
            }
            catch (CalendarYearNotLoadedException)
            {
                due = null;
            }

            known[(formed, limit)] = due;
        }

        return due;
    }
}
