using Gongkai.Domain.Concerns;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Concerns.Portal;

/// <summary>The newest 回应关切 and 新闻发布会 of all organs on the home page (a
/// <see cref="Shared.Slots.PageSlot.HomeBlocks"/> block, registered in <see cref="ConcernsFeature"/>).</summary>
public sealed class ConcernsHomeViewComponent(ConcernLibrary concerns) : ViewComponent
{
    public sealed record Lists(List<ConcernLibrary.Row> Responses, List<ConcernLibrary.Row> PressConferences);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var lists = new Lists(await concerns.LatestAsync(ConcernColumnKind.ConcernResponse, 0, 5, ct),
            await concerns.LatestAsync(ConcernColumnKind.PressConference, 0, 5, ct));
        return View("/Features/Concerns/Portal/_HomeBlocks.cshtml", lists);
    }
}
