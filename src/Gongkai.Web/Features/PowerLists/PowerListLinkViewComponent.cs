using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>「查看本机关权责清单」 at the head of the organ's 机关职能 column (a <see cref="Shared.Slots.PageSlot.ColumnHead"/> block).</summary>
public sealed class PowerListLinkViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(int organizationId) =>
        new HtmlContentViewComponentResult(new HtmlString(
            $"<p class=\"power-list-link\"><a href=\"{PowerListUrls.List(organizationId)}\">查看本机关权责清单</a></p>"));
}
