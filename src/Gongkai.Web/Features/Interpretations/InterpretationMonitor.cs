using Gongkai.Domain.Calendar;
using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>The organ's dashboard check: published documents marked as needing interpretation, each
/// assessed against the N-working-day rule with the district's calendar.</summary>
public sealed class InterpretationMonitor(GongkaiDbContext db, CalendarProvider calendars, IOptions<NormativeOptions> options, TimeProvider clock)
{
    public sealed record Row(NormativeDocument Document, string Title, DateOnly PublishedOn, InterpretationAssessment Assessment);

    public async Task<List<Row>> AssessAsync(int organizationId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        var visible = db.Set<Publication>().VisibleAt(now);
        var docs = await (from d in db.Set<NormativeDocument>()
                          join p in visible on d.PublicationId equals p.Id
                          where d.OrganizationId == organizationId && d.NeedsInterpretation
                          select new { d, p.Title, At = p.Status == Domain.Publications.PublicationStatus.Scheduled ? p.ScheduledFor : p.PublishedAt })
            .AsNoTracking().ToListAsync(ct);
        var ids = docs.Select(x => x.d.Id).ToList();
        var firstInterpreted = await (from l in db.Set<InterpretationLink>()
                                      join i in db.Set<PolicyInterpretation>() on l.InterpretationId equals i.Id
                                      join p in visible on i.PublicationId equals p.Id
                                      where ids.Contains(l.DocumentId)
                                      select new { l.DocumentId, p.PublishedAt, p.ScheduledFor, p.Status }).AsNoTracking().ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var days = Math.Max(0, options.Value.InterpretationWorkingDays);
        var rows = new List<Row>();
        foreach (var x in docs.Where(x => x.At is not null))
        {
            var publishedOn = Day(x.At!.Value);
            var first = firstInterpreted.Where(f => f.DocumentId == x.d.Id)
                .Select(f => Day((f.Status == Domain.Publications.PublicationStatus.Scheduled ? f.ScheduledFor : f.PublishedAt) ?? now)).DefaultIfEmpty().Min();
            DateOnly? interpretedOn = first == default ? null : first;
            rows.Add(new Row(x.d, x.Title, publishedOn, Assess(publishedOn, interpretedOn, today, days, calendar)));
        }

        return rows.OrderByDescending(r => r.Assessment.NeedsAttention).ThenBy(r => r.PublishedOn).ToList();
    }

    private static InterpretationAssessment Assess(DateOnly publishedOn, DateOnly? interpretedOn, DateOnly today, int days, WorkingDayCalendar calendar)
    {
        if (days == 0)
        {
            // Same day only.
            var status = interpretedOn is { } on ? (on <= publishedOn ? InterpretationStatus.OnTime : InterpretationStatus.Late)
                : today > publishedOn ? InterpretationStatus.Overdue : InterpretationStatus.Pending;
            return new InterpretationAssessment(status, null, interpretedOn);
        }

        try
        {
            return InterpretationRule.Assess(true, publishedOn, interpretedOn, today, days, calendar);
        }
        catch (CalendarYearNotLoadedException)
        {
            // No schedule for the year yet: count calendar days' worth conservatively as not overdue.
            return new InterpretationAssessment(interpretedOn is null ? InterpretationStatus.Pending : InterpretationStatus.OnTime, null, interpretedOn);
        }
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime);
}
