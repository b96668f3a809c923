using Gongkai.Domain.Consultations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Consultations.Admin;

/// <summary>/admin/consultations: the consultations of the organs the person works for, with the
/// comments awaiting screening or an answer, and the consultations whose 意见采纳情况 is late
/// (the district office, reading every organ, sees the whole district's).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ConsultationsIndexModel(GongkaiDbContext db, ConsultationAccess access, IOptions<ConsultationOptions> options, TimeProvider clock) : PageModel
{
    public sealed record Row(Consultation Consultation, string Organ, int Pending, int Unanswered);

    public List<Row> Rows { get; private set; } = [];

    public List<Row> Late { get; private set; } = [];

    public int ReportDays => options.Value.ReportDaysAfterClosing;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        var readable = await access.ReadableOrganizationsAsync(ct);
        var query = db.Set<Consultation>().AsNoTracking().Where(c => readable == null || readable.Contains(c.OrganizationId));
        var rows = await query.OrderByDescending(c => c.Id).Take(200)
            .Join(db.Set<Organization>(), c => c.OrganizationId, o => o.Id, (c, o) => new { c, o.Name }).ToListAsync(ct);
        var late = await LateReports.Query(db, Today, ReportDays).Where(c => readable == null || readable.Contains(c.OrganizationId))
            .OrderBy(c => c.ClosesOn).Take(500)
            .Join(db.Set<Organization>(), c => c.OrganizationId, o => o.Id, (c, o) => new { c, o.Name }).ToListAsync(ct);
        var ids = rows.Select(r => r.c.Id).Concat(late.Select(r => r.c.Id)).Distinct().ToList();
        var counts = await db.Set<ConsultationComment>().Where(x => ids.Contains(x.ConsultationId))
            .GroupBy(x => x.ConsultationId)
            .Select(g => new
            {
                g.Key,
                Pending = g.Count(x => x.Screening == CommentScreening.Pending),
                Unanswered = g.Count(x => x.Screening != CommentScreening.Rejected && x.AnswerKind == null),
            })
            .ToDictionaryAsync(g => g.Key, ct);
        Row ToRow(Consultation c, string organ) => new(c, organ, counts.GetValueOrDefault(c.Id)?.Pending ?? 0, counts.GetValueOrDefault(c.Id)?.Unanswered ?? 0);
        Rows = rows.Select(r => ToRow(r.c, r.Name)).ToList();
        Late = late.Select(r => ToRow(r.c, r.Name)).ToList();
    }
}
