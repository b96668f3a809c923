using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations.Portal;

/// <summary>/yjzj (意见征集): the consultations that have opened, open ones first, filtered by organ
/// and by state (正在征求 / 已截止).</summary>
[OutputCache(PolicyName = ConsultationCache.PolicyName)]
[AllowAnonymous]
public sealed class IndexModel(GongkaiDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Consultation Consultation, string Organ);

    [BindProperty(SupportsGet = true, Name = "organization")]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    public List<Row> Open { get; private set; } = [];

    public List<Row> Closed { get; private set; } = [];

    public List<(int Id, string Name)> Organs { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        var today = Today;
        var query = db.Set<Consultation>().AsNoTracking().Where(c => c.OpensOn <= today);
        if (OrganizationId is { } orgId)
        {
            query = query.Where(c => c.OrganizationId == orgId);
        }

        var rows = await query.OrderByDescending(c => c.ClosesOn).ThenByDescending(c => c.Id).Take(500)
            .Join(db.Set<Organization>(), c => c.OrganizationId, o => o.Id, (c, o) => new Row(c, o.Name)).ToListAsync(ct);
        Open = State == "closed" ? [] : rows.Where(r => r.Consultation.ClosesOn >= today).OrderBy(r => r.Consultation.ClosesOn).ToList();
        Closed = State == "open" ? [] : rows.Where(r => r.Consultation.ClosesOn < today).ToList();
        var organIds = await db.Set<Consultation>().Where(c => c.OpensOn <= today).Select(c => c.OrganizationId).Distinct().ToListAsync(ct);
        Organs = (await db.Set<Organization>().AsNoTracking().Where(o => organIds.Contains(o.Id)).OrderBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
    }
}
