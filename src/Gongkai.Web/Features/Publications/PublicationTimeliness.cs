using Gongkai.Domain.Calendar;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Art. 26 on the staff dashboard: items published after their limit (20 working days, or the
/// stricter 公开时限 of the standard-catalogue row mapped to their column), and
/// unpublished items that are overdue or due within <see cref="Timeliness.DefaultAtRiskWorkingDays"/>
/// working days, for the organs the person may see.</summary>
public sealed class PublicationTimeliness(GongkaiDbContext db, CalendarProvider calendars, PublicationTimeLimits limits, TimeProvider clock)
{
    /// <summary>Late publications are listed for this far back.</summary>
    public const int LookBackDays = 365;

    public async Task<Report> ForAsync(IReadOnlySet<int>? organizations, CancellationToken ct = default)
    {
        var calendar = await calendars.GetAsync(ct);
        var today = ChinaTime.Today(clock);
        var since = today.AddDays(-LookBackDays);
        var query = db.Set<Publication>().AsNoTracking().Where(p => p.Status != PublicationStatus.Withdrawn && p.FormedOn >= since);
        if (organizations is not null)
        {
            query = query.Where(p => organizations.Contains(p.OrganizationId));
        }

        var items = await query
            .Join(db.Set<Organization>(), p => p.OrganizationId, o => o.Id, (p, o) => new { p.Id, p.Title, o.ShortName, p.FormedOn, p.PublishedAt, p.Status, p.ColumnId })
            .ToListAsync(ct);
        var columnLimits = await limits.ForColumnsAsync(items.Select(i => i.ColumnId).Distinct().ToList(), ct);
        var late = new List<Row>();
        var due = new List<Row>();
        var unassessed = 0;
        foreach (var item in items)
        {
            DateOnly? publishedOn = item.PublishedAt is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : null;
            TimelinessAssessment result;
            try
            {
                result = Timeliness.Assess(calendar, item.FormedOn, publishedOn, today, limitWorkingDays: limits.WorkingDaysFor(columnLimits, item.ColumnId));
            }
            catch (CalendarYearNotLoadedException)
            {
                unassessed++;
                continue;
            }

            var row = new Row(item.Id, item.Title, item.ShortName, item.FormedOn, result.Due, publishedOn, result.Status, result.WorkingDaysLeft);
            if (publishedOn is not null && result.Status == TimelinessStatus.Late)
            {
                late.Add(row);
            }
            else if (publishedOn is null && result.Status != TimelinessStatus.OnTime)
            {
                due.Add(row);
            }
        }

        return new Report(late.OrderByDescending(r => r.PublishedOn).ToList(), due.OrderBy(r => r.Due).ToList(), unassessed);
    }

    public sealed record Row(int Id, string Title, string Organization, DateOnly FormedOn, DateOnly Due, DateOnly? PublishedOn,
        TimelinessStatus Status, int WorkingDaysLeft);

    public sealed record Report(IReadOnlyList<Row> PublishedLate, IReadOnlyList<Row> DueOrOverdue, int Unassessed);
}
