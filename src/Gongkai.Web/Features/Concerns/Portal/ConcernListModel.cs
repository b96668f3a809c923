using Gongkai.Domain.Concerns;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.Concerns.Portal;

/// <summary>A public list of one template column across all organs, newest first.</summary>
public abstract class ConcernListModel(ConcernLibrary library, ConcernColumnKind kind) : PageModel
{
    public ConcernColumnKind Kind => kind;

    public List<ConcernLibrary.Row> Rows { get; private set; } = [];

    public int PageNumber { get; private set; }

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PublicItems.PageSize - 1) / PublicItems.PageSize);

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        PageNumber = Math.Clamp(page ?? 1, 1, 10_000);
        Total = await library.CountAsync(kind, ct);
        Rows = await library.LatestAsync(kind, (PageNumber - 1) * PublicItems.PageSize, PublicItems.PageSize, ct);
    }
}

/// <summary>/hygq: 回应关切 of every organ.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
[Shared.Caching.CrossOrganPage]
public sealed class ResponsesModel(ConcernLibrary library) : ConcernListModel(library, ConcernColumnKind.ConcernResponse);

/// <summary>/xwfbh: 新闻发布会 of every organ.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
[Shared.Caching.CrossOrganPage]
public sealed class PressConferencesModel(ConcernLibrary library) : ConcernListModel(library, ConcernColumnKind.PressConference);
