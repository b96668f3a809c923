using System.Runtime.CompilerServices;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.AnnualReports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>The cases' part of the annual report: tables 三 and 四 from the stored applications.
/// Cases are grouped in SQL by (received on, closed on, outcome, applicant kind) and each group is
/// one record with its count, so a year of a busy organ is a few thousand rows, not one per case.</summary>
public sealed class ApplicationsReportSource(GongkaiDbContext db) : CaseRecordsReportSource
{
    public override string Name => "依申请公开办理记录";

    protected override async IAsyncEnumerable<ApplicationCaseRecord> CasesAsync(AnnualReportQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        var yearStart = new DateOnly(query.Year, 1, 1);
        var yearEnd = new DateOnly(query.Year, 12, 31);
        // Received by the end of the year and not closed before it, in three disjoint parts so that
        // each reads one range of the report indexes (DisclosureApplicationConfiguration) and the
        // cost follows the year's cases, not the whole history: received in the year; received
        // earlier and replied in or after it; received earlier and still open. Online applications
        // still awaiting confirmation have no receipt date and do not count yet (Art. 31).
        var cases = Cases(query);
        IQueryable<DisclosureApplication>[] parts =
        [
            cases.Where(a => a.ReceivedOn >= yearStart && a.ReceivedOn <= yearEnd),
            cases.Where(a => a.RepliedOn >= yearStart && a.ReceivedOn < yearStart),
            cases.Where(a => a.RepliedOn == null && a.ReceivedOn < yearStart),
        ];
        foreach (var part in parts)
        {
            var groups = await part
                .GroupBy(a => new { a.ReceivedOn, a.RepliedOn, a.Outcome, a.ApplicantKind })
                .Select(g => new { g.Key.ReceivedOn, g.Key.RepliedOn, g.Key.Outcome, g.Key.ApplicantKind, Count = g.LongCount() })
                .ToListAsync(ct);
            foreach (var g in groups)
            {
                yield return new ApplicationCaseRecord(g.ReceivedOn!.Value, g.RepliedOn, g.Outcome, g.ApplicantKind, g.Count);
            }
        }
    }

    protected override async IAsyncEnumerable<AppealRecord> AppealsAsync(AnnualReportQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        // An appeal is recorded as one or more events of its kind (filed as pending, later decided);
        // it was filed on its first event and stands at the result of its last one by the end of the
        // year (later events cannot change the year's table). Appeal events are few and indexed by
        // (type, date), so they are read first and only then matched to the organs' cases.
        var yearEnd = new DateOnly(query.Year, 12, 31);
        var appealEvents = db.Set<ApplicationEventRecord>().AsNoTracking()
            .Where(e => (e.Type == ApplicationEventType.Reconsideration || e.Type == ApplicationEventType.Litigation) && e.On <= yearEnd);
        if (query.OrganizationIds is not null)
        {
            var ids = Cases(query).Select(a => a.Id);
            appealEvents = appealEvents.Where(e => ids.Contains(e.ApplicationId));
        }

        var events = await appealEvents
            .OrderBy(e => e.On).ThenBy(e => e.Id)
            .Select(e => new { e.ApplicationId, e.Type, e.On, e.AppealResult, e.AfterReconsideration })
            .ToListAsync(ct);
        foreach (var appeal in events.GroupBy(e => (e.ApplicationId, e.Type)))
        {
            var last = appeal.Last();
            var result = AppealResults.Parse(last.AppealResult) ?? AppealResult.Pending;
            var kind = appeal.Key.Type == ApplicationEventType.Reconsideration ? AppealKind.Reconsideration
                : last.AfterReconsideration ? AppealKind.SuitAfterReconsideration : AppealKind.DirectSuit;
            yield return new AppealRecord(kind, appeal.First().On, result == AppealResult.Pending ? null : last.On, result);
        }
    }

    private IQueryable<DisclosureApplication> Cases(AnnualReportQuery query)
    {
        var cases = db.Set<DisclosureApplication>().AsNoTracking();
        return query.OrganizationIds is { } ids ? cases.Where(a => ids.Contains(a.OrganizationId)) : cases;
    }
}
