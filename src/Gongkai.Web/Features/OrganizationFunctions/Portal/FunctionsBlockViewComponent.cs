using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.OrganizationFunctions.Portal;

/// <summary>The organ's published 机构职能 record at the top of its 第二十条第（二）项 机关职能 column
/// (the record is that item's content). Renders nothing when no record is published.</summary>
public sealed class FunctionsBlockViewComponent(OrganizationFunctionsService service) : ViewComponent
{
    /// <summary>The key of the Art. 20(二) column (StatutoryItems: item-2).</summary>
    public const string ColumnKey = "item-2";

    public async Task<IViewComponentResult> InvokeAsync(int organizationId)
    {
        var record = await service.CurrentAsync(organizationId, HttpContext.RequestAborted);
        return record is null ? Content(string.Empty) : View("/Features/OrganizationFunctions/Portal/FunctionsBlock.cshtml", record);
    }
}
