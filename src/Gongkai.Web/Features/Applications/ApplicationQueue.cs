using Gongkai.Domain.Applications;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications;

/// <summary>The queues of open cases, soonest due first, for one person's organs or for the whole
/// district. Only plain indexed columns are read (no decryption), and one page at a time, so the
/// queue costs the same with 200,000 cases as with 2,000.</summary>
public sealed class ApplicationQueue(GongkaiDbContext db, TimeProvider clock, IOptions<ApplicationOptions> options)
{
    public const int PageSize = 50;

    /// <summary>Default of <see cref="ApplicationOptions.DueSoonWorkingDays"/>.</summary>
    public const int DueSoonWorkingDays = 5;

    /// <summary>The last due date that counts as "due soon" today: the one rule behind the queue's
    /// highlighting and the handlers' reminder mails. Null while the calendar lacks the year it
    /// reaches into (late December before next year's schedule is loaded).</summary>
    public static DateOnly? DueSoonUntil(WorkingDayCalendar calendar, DateOnly today, int workingDays)
    {
        try
        {
            return calendar.AddWorkingDays(today, workingDays).Due;
        }
        catch (CalendarYearNotLoadedException)
        {
            return null;
        }
    }

    public async Task<Page> ReadAsync(IReadOnlySet<int>? organizations, int? organizationFilter, bool includeClosed, int page, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        // Highlighting needs next year's calendar in late December; the list works without it.
        var soon = DueSoonUntil(calendar, today, options.Value.DueSoonWorkingDays);

        var query = db.Set<DisclosureApplication>().AsNoTracking();
        if (organizations is { Count: 1 })
        {
            // The common case (one organ): a plain equality keeps the (OrganizationId, DueOn, Id)
            // index usable, where a list parameter becomes a json_each join in SQLite.
            var only = organizations.First();
            query = query.Where(a => a.OrganizationId == only);
        }
        else if (organizations is not null)
        {
            query = query.Where(a => organizations.Contains(a.OrganizationId));
        }

        if (organizationFilter is { } org)
        {
            query = query.Where(a => a.OrganizationId == org);
        }

        if (!includeClosed)
        {
            query = query.Where(a => a.IsOpen);
        }

        page = Math.Max(1, page);
        // Cases without a due date (awaiting confirmation, correction or the end of a pause) come
        // first, then by due date. Two queries instead of one ORDER BY (DueOn IS NULL): each can
        // walk a partial index (OrganizationId, DueOn, Id) / (DueOn, Id) WHERE IsOpen instead of sorting every
        // open case, and NULL ordering differs between SQLite and PostgreSQL anyway.
        var skip = (page - 1) * PageSize;
        var undated = query.Where(a => a.DueOn == null);
        var undatedCount = await undated.CountAsync(ct);
        var rows = new List<Row>(PageSize + 1);
        if (skip < undatedCount)
        {
            rows.AddRange(await Project(undated.OrderBy(a => a.Id).Skip(skip).Take(PageSize + 1)).ToListAsync(ct));
        }

        if (rows.Count <= PageSize)
        {
            rows.AddRange(await Project(query.Where(a => a.DueOn != null).OrderBy(a => a.DueOn).ThenBy(a => a.Id)
                .Skip(Math.Max(0, skip - undatedCount)).Take(PageSize + 1 - rows.Count)).ToListAsync(ct));
        }

        var more = rows.Count > PageSize;
        rows = rows.Take(PageSize).ToList();
        var ids = rows.Select(r => r.OrganizationId).Distinct().ToList();
        var names = await db.Set<Organization>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        return new Page(rows, names, page, more, today, soon);
    }

    private static IQueryable<Row> Project(IQueryable<DisclosureApplication> query) =>
        query.Select(a => new Row(a.Id, a.TrackingCode, a.OrganizationId, a.ApplicantName, a.InformationTitle, a.Stage, a.IsOpen, a.ReceivedOn, a.DueOn, a.Outcome, a.RepliedOn));

    public sealed record Row(int Id, string TrackingCode, int OrganizationId, string ApplicantName, string Title, ApplicationStage Stage, bool IsOpen,
        DateOnly? ReceivedOn, DateOnly? DueOn, string? Outcome, DateOnly? RepliedOn);

    public sealed record Page(IReadOnlyList<Row> Rows, IReadOnlyDictionary<int, string> Organizations, int Number, bool HasMore, DateOnly Today, DateOnly? DueSoonBy)
    {
        public string Urgency(Row r) =>
            !r.IsOpen || r.DueOn is not { } due ? ""
            : due < Today ? "case-overdue"
            : DueSoonBy is { } soon && due <= soon ? "case-due-soon"
            : "";

        public string UrgencyText(Row r) => Urgency(r) switch
        {
            "case-overdue" => "已超期",
            "case-due-soon" => "5个工作日内到期",
            _ => "",
        };
    }
}
