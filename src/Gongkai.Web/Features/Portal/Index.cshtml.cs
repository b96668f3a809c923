using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.Portal;

/// <summary>/: the 政务公开 portal in the layout readers know from gov.cn sites (《政府网站发展指引》:
/// 信息发布, 解读回应, 办事服务, 互动交流). Output-cached; any publication change evicts it.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
[Shared.Caching.CrossOrganPage]
public sealed class IndexModel(PortalHome home) : PageModel
{
    public PortalHome.View View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await home.LoadAsync(ct);
}
