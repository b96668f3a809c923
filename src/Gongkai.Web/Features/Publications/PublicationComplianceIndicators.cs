using System.Linq.Expressions;
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

    private readonly Dictionary<DateOnly, List<Column>> cache = [];

    public async Task<List<Column>> ForAsync(ComplianceQuery query, CancellationToken ct)
    {
        if (cache.TryGetValue(query.AsOf, out var known))
        {
            return known;
        }

        var ids = query.OrganizationIds.ToHashSet();
        var end = ChinaTime.StartOfDayUtc(query.AsOf.AddDays(1));
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
        var result = assigned.Where(a => ids.Contains(a.OrganizationId)).Select(a =>
        {
            var column = byKey.GetValueOrDefault((a.OrganizationId, a.ItemKey));
            var stat = column is null ? null : stats.GetValueOrDefault(column.Id);
            DateOnly? last = stat?.Last is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : null;
            var title = column?.Title ?? StatutoryItems.Find(a.ItemKey)?.Title ?? a.ItemKey;
            var stale = last is { } l && ColumnCadence.IsStale(l, query.AsOf, freshness.Value.MonthsFor(a.ItemKey));
            return new Column(a.OrganizationId, a.ItemKey, title, stat?.Count ?? 0, last, stale);
        }).OrderBy(c => StatutoryItems.Find(c.ItemKey) is { } item ? StatutoryDuties.Order(item) : 99).ToList();
        cache[query.AsOf] = result;
        return result;
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

/// <summary>Items published in the year after their Art. 26 limit (20 working days from the day
/// they were formed, <see cref="Timeliness"/>), counted per organ in one query: the due date depends
/// only on the day formed, so the days of the year are grouped by due date and each group becomes one
/// condition "formed in this span and published after that due date".</summary>
public sealed class LateItemsIndicator(GongkaiDbContext db, CalendarProvider calendars) : IComplianceIndicator
{
    /// <summary>Items formed this long before the year began and published in it are late whatever
    /// the calendar (20 working days never span 90 days).</summary>
    private const int CertainlyLateDays = 90;

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
        var late = LateCondition(calendar, cutoff, last);
        var ids = query.OrganizationIds.ToList();
        var counts = await db.Set<Publication>().AsNoTracking()
            .Where(p => p.Status != PublicationStatus.Withdrawn && p.PublishedAt >= from && p.PublishedAt < until)
            .Where(late)
            .GroupBy(p => p.OrganizationId)
            .Select(g => new { OrganizationId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return counts.Where(c => ids.Contains(c.OrganizationId)).ToDictionary(c => c.OrganizationId,
            c => new ComplianceFinding(c.Count, ComplianceLevel.Behind, $"{query.Year}年有 {c.Count} 条信息晚于形成之日起20个工作日公开（《条例》第二十六条）", "/admin"));
    }

    /// <summary>p.FormedOn &lt; cutoff OR one (span, due) condition per run of days sharing a due
    /// date, combined as a balanced tree so the SQL stays shallow. Days whose due date falls in a
    /// year with no calendar loaded are left out: never judged late on a guess.</summary>
    private static Expression<Func<Publication, bool>> LateCondition(WorkingDayCalendar calendar, DateOnly cutoff, DateOnly last)
    {
        var spans = new List<(DateOnly From, DateOnly To, DateTimeOffset LateFrom)>();
        for (var day = cutoff; day <= last; day = day.AddDays(1))
        {
            DateOnly due;
            try
            {
                due = Timeliness.DueDate(calendar, day).Due;
            }
            catch (CalendarYearNotLoadedException)
            {
                continue;
            }

            var lateFrom = ChinaTime.StartOfDayUtc(due.AddDays(1));
            if (spans.Count > 0 && spans[^1].LateFrom == lateFrom && spans[^1].To == day.AddDays(-1))
            {
                spans[^1] = (spans[^1].From, day, lateFrom);
            }
            else
            {
                spans.Add((day, day, lateFrom));
            }
        }

        var p = Expression.Parameter(typeof(Publication), "p");
        var formed = Expression.Property(p, nameof(Publication.FormedOn));
        var published = Expression.Property(p, nameof(Publication.PublishedAt));
        var terms = new List<Expression> { Expression.LessThan(formed, Constant(cutoff)) };
        terms.AddRange(spans.Select(s => (Expression)Expression.AndAlso(
            Expression.AndAlso(Expression.GreaterThanOrEqual(formed, Constant(s.From)), Expression.LessThanOrEqual(formed, Constant(s.To))),
            Expression.GreaterThanOrEqual(published, Expression.Constant((DateTimeOffset?)s.LateFrom, typeof(DateTimeOffset?))))));
        return Expression.Lambda<Func<Publication, bool>>(Balanced(terms, 0, terms.Count), p);
    }

    private static Expression Constant(DateOnly day) => Expression.Constant(day, typeof(DateOnly));

    private static Expression Balanced(List<Expression> terms, int start, int end) =>
        end - start == 1 ? terms[start] : Expression.OrElse(Balanced(terms, start, (start + end) / 2), Balanced(terms, (start + end) / 2, end));
}
