using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Gongkai.Web.Features.DisclosureGuides.Admin;

/// <summary>The staff dashboard's line for an organ's 政府信息公开指南, marked 本年度未更新 when the guide
/// was not updated this year (a <see cref="Shared.Slots.PageSlot.StaffDashboardOrgan"/> block).</summary>
public sealed class GuideDashboardLineViewComponent(DisclosureGuideService guides, HtmlEncoder encoder) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int organizationId, string name)
    {
        var dates = await guides.UpdatedAtAsync([organizationId], HttpContext.RequestAborted);
        var stale = guides.IsStale(dates.TryGetValue(organizationId, out var at) ? at : null);
        var id = organizationId.ToString(CultureInfo.InvariantCulture);
        return new HtmlContentViewComponentResult(new HtmlString(
            $"<li><a href=\"/admin/guide/{id}\">{encoder.Encode(name)} 的政府信息公开指南</a>{(stale ? " <span class=\"badge off guide-stale\">本年度未更新</span>" : "")}</li>"));
    }
}
