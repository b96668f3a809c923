using Gongkai.Domain.Concerns;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Concerns.Portal;

/// <summary>One public item of a template column, with its template fields; anything not public now is a 404.</summary>
public abstract class ConcernItemModel(ConcernLibrary library, GongkaiDbContext db, ConcernColumnKind kind) : PageModel
{
    public ConcernLibrary.Row Row { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await library.FindAsync(kind, id, ct) is not { } row)
        {
            return NotFound();
        }

        Row = row;
        BodyHtml = await db.Set<Publication>().Where(p => p.Id == id).Select(p => p.BodyHtml).FirstAsync(ct);
        return Page();
    }
}

/// <summary>/hygq/{publicationId}: the concern, its source and date, the response and the time it took.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
[Shared.Caching.CrossOrganPage]
public sealed class ResponseModel(ConcernLibrary library, GongkaiDbContext db) : ConcernItemModel(library, db, ConcernColumnKind.ConcernResponse);

/// <summary>/xwfbh/{publicationId}: date, speakers, topic, the text record, video and pictures.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
[Shared.Caching.CrossOrganPage]
public sealed class PressConferenceModel(ConcernLibrary library, GongkaiDbContext db) : ConcernItemModel(library, db, ConcernColumnKind.PressConference);
