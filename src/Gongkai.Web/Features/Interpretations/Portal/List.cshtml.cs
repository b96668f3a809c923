using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Portal;

/// <summary>/zcjd: published interpretations, newest first.</summary>
public sealed class InterpretationListModel(GongkaiDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int PublicationId, string Title, InterpretationForm Form, DateTimeOffset? PublishedAt);

    public List<Row> Rows { get; private set; } = [];

    public int PageNumber { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        PageNumber = Math.Max(1, page ?? 1);
        Rows = await (from i in db.Set<PolicyInterpretation>()
                      join p in db.Set<Publication>().VisibleAt(clock.GetUtcNow()) on i.PublicationId equals p.Id
                      orderby p.PublishedAt descending, p.Id descending
                      select new Row(p.Id, p.Title, i.Form, p.PublishedAt))
            .Skip((PageNumber - 1) * PublicItems.PageSize).Take(PublicItems.PageSize).AsNoTracking().ToListAsync(ct);
    }
}
