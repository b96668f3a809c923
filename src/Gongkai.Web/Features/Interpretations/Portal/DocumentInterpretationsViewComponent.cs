using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Portal;

/// <summary>The 政策解读 list on a normative document's public page: its interpretations the public may
/// see, oldest first (a <see cref="Shared.Slots.PageSlot.NormativeDocumentFoot"/> block).</summary>
public sealed class DocumentInterpretationsViewComponent(GongkaiDbContext db, TimeProvider clock) : ViewComponent
{
    public sealed record Row(int PublicationId, string Title, InterpretationForm Form);

    public async Task<IViewComponentResult> InvokeAsync(int documentId)
    {
        var rows = await (from l in db.Set<InterpretationLink>()
                          join i in db.Set<PolicyInterpretation>() on l.InterpretationId equals i.Id
                          join p in db.Set<Publication>().VisibleAt(clock.GetUtcNow()) on i.PublicationId equals p.Id
                          where l.DocumentId == documentId
                          orderby p.PublishedAt
                          select new Row(p.Id, p.Title, i.Form)).AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        return View("/Features/Interpretations/Portal/_DocumentInterpretations.cshtml", rows);
    }
}
