using Gongkai.Domain.PolicyQa;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.PolicyQa;

/// <summary>The 政策问答 block of a policy's public page (a normative document's, an
/// interpretation's): the page adds one line, <c>@await Component.InvokeAsync(typeof(PolicyQaListViewComponent), new { kind, id })</c>.</summary>
public sealed class PolicyQaListViewComponent(PolicyQaService service) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PolicyKind kind, int id) =>
        View("/Features/PolicyQa/Portal/_PolicyQaList.cshtml", await service.ForPolicyAsync(kind, id, HttpContext.RequestAborted));
}
