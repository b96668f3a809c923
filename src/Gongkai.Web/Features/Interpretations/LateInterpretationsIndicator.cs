using Gongkai.Domain.Calendar;
using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>Documents published in the year that need a 政策解读 and got it late, or have none past
/// the N-working-day limit (<see cref="InterpretationRule"/>), for all organs in two queries.</summary>
public sealed class LateInterpretationsIndicator(GongkaiDbContext db, CalendarProvider calendars, IOptions<NormativeOptions> options) : IComplianceIndicator
{
    public string Key => "lateInterpretations";

    public string Name => "政策解读超期";

    public int Order => 300;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var since = ChinaTime.StartOfDayUtc(new DateOnly(query.Year, 1, 1));
        var until = ChinaTime.StartOfDayUtc(query.AsOf.AddDays(1));
        var docs = await (from d in db.Set<NormativeDocument>()
                          join p in db.Set<Publication>() on d.PublicationId equals p.Id
                          where d.NeedsInterpretation && p.Status == Domain.Publications.PublicationStatus.Published && p.PublishedAt >= since && p.PublishedAt < until
                          select new { d.Id, d.OrganizationId, p.PublishedAt }).AsNoTracking().ToListAsync(ct);
        var ids = docs.Select(d => d.Id).ToList();
        var interpreted = await (from l in db.Set<InterpretationLink>()
                                 join i in db.Set<PolicyInterpretation>() on l.InterpretationId equals i.Id
                                 join p in db.Set<Publication>() on i.PublicationId equals p.Id
                                 where ids.Contains(l.DocumentId) && p.Status == Domain.Publications.PublicationStatus.Published && p.PublishedAt < until
                                 select new { l.DocumentId, p.PublishedAt }).AsNoTracking().ToListAsync(ct);
        var first = interpreted.GroupBy(x => x.DocumentId).ToDictionary(g => g.Key, g => g.Min(x => Day(x.PublishedAt!.Value)));
        var calendar = await calendars.GetAsync(ct);
        var days = Math.Max(0, options.Value.InterpretationWorkingDays);
        var wanted = query.OrganizationIds.ToHashSet();
        var late = new Dictionary<int, int>();
        foreach (var d in docs.Where(d => wanted.Contains(d.OrganizationId)))
        {
            var publishedOn = Day(d.PublishedAt!.Value);
            DateOnly? on = first.TryGetValue(d.Id, out var f) ? f : null;
            InterpretationStatus status;
            try
            {
                status = InterpretationRule.Assess(true, publishedOn, on, query.AsOf, days, calendar).Status;
            }
            catch (CalendarYearNotLoadedException)
            {
                continue;
            }

            if (status is InterpretationStatus.Late or InterpretationStatus.Overdue)
            {
                late[d.OrganizationId] = late.GetValueOrDefault(d.OrganizationId) + 1;
            }
        }

        return ComplianceFindings.Behind(late, query, count => $"{count} 件需解读的文件未在公开后 {days} 个工作日内解读", organ => $"/admin/normative?org={organ}");
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime);
}
