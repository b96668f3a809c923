using System.Runtime.CompilerServices;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.AnnualReports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>The cases' part of the annual report: tables 三 and 四 from the stored applications.
/// Cases are grouped in SQL by (received on, closed on, outcome, applicant kind), so a year of a
/// busy organ is a few hundred rows, not one per case.</summary>
public sealed class ApplicationsReportSource(GongkaiDbContext db) : CaseRecordsReportSource
{
    public override string Name => "依申请公开办理记录";

    protected override async IAsyncEnumerable<ApplicationCaseRecord> CasesAsync(AnnualReportQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        var yearStart = new DateOnly(query.Year, 1, 1);
        var yearEnd = new DateOnly(query.Year, 12, 31);
        // Received by the end of the year and not closed before it; online applications still
        // awaiting confirmation have no receipt date and do not count yet (Art. 31).
        var cases = Cases(query).Where(a => a.ReceivedOn != null && a.ReceivedOn <= yearEnd && (a.RepliedOn == null || a.RepliedOn >= yearStart));
        var groups = await cases
            .GroupBy(a => new { a.ReceivedOn, a.RepliedOn, a.Outcome, a.ApplicantKind })
            .Select(g => new { g.Key.ReceivedOn, g.Key.RepliedOn, g.Key.Outcome, g.Key.ApplicantKind, Count = g.LongCount() })
            .ToListAsync(ct);
        foreach (var g in groups)
        {
            var kind = ApplicantKinds.Parse(g.ApplicantKind) ?? ApplicantKind.OtherOrganization;
            yield return new ApplicationCaseRecord(g.ReceivedOn!.Value, g.RepliedOn, g.Outcome, kind, g.Count);
        }
    }

    protected override async IAsyncEnumerable<AppealRecord> AppealsAsync(AnnualReportQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        // An appeal is recorded as one or more events of its kind (filed as pending, later decided);
        // it was filed on its first event and stands at the result of its last one.
        var ids = Cases(query).Select(a => a.Id);
        var events = await db.Set<ApplicationEventRecord>().AsNoTracking()
            .Where(e => ids.Contains(e.ApplicationId) && (e.Type == "reconsideration" || e.Type == "litigation"))
            .OrderBy(e => e.On).ThenBy(e => e.Id)
            .Select(e => new { e.ApplicationId, e.Type, e.On, e.AppealResult, e.AfterReconsideration })
            .ToListAsync(ct);
        foreach (var appeal in events.GroupBy(e => (e.ApplicationId, e.Type)))
        {
            var last = appeal.Last();
            var result = AppealResults.Parse(last.AppealResult ?? "pending") ?? AppealResult.Pending;
            var kind = appeal.Key.Type == "reconsideration" ? AppealKind.Reconsideration
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
