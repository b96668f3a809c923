using Gongkai.Domain.PolicyQa;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.PolicyQa;

/// <summary>The 政策问答 block of a policy's public page (a normative document's, an
/// interpretation's), shown in those pages' slots (<see cref="Shared.Slots.PageSlot"/>, registered in <see cref="PolicyQaFeature"/>).</summary>
public sealed class PolicyQaListViewComponent(PolicyQaService service) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PolicyKind kind, int id) =>
        View("/Features/PolicyQa/Portal/_PolicyQaList.cshtml", await service.ForPolicyAsync(kind, id, HttpContext.RequestAborted));
}
