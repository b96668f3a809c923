using Gongkai.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.ReadingPlaces.Portal;

/// <summary>/cxcs: where to read government information in person, and what help is offered there.</summary>
[OutputCache(PolicyName = ReadingPlaceCache.PolicyName)]
public sealed class ReadingPlacesPageModel(GongkaiDbContext db) : PageModel
{
    public List<ReadingPlaceQueries.Line> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Places = await ReadingPlaceQueries.PublicAsync(db, null, ct);
}
