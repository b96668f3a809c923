using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.OrganizationFunctions.Portal;

/// <summary>The organ's published 机构职能 record at the top of its 第二十条第（二）项 机关职能 column
/// (the record is that item's content). Renders nothing when no record is published.</summary>
public sealed class FunctionsBlockViewComponent(PortalCache cache) : ViewComponent
{
    /// <summary>The key of the Art. 20(二) column (StatutoryItems: item-2).</summary>
    public const string ColumnKey = "item-2";

    private const string RecordMemo = "functions-record";

    public async Task<IViewComponentResult> InvokeAsync(int organizationId)
    {
        // Kept with the organ's other memos, as every uncached page of the column shows it: approving
        // a record evicts the whole portal (OrganizationFunctionsService.ApproveAsync), memos included.
        var record = await cache.MemoAsync(RecordMemo, organizationId,
            ct => HttpContext.RequestServices.GetRequiredService<OrganizationFunctionsService>().CurrentAsync(organizationId, ct),
            HttpContext.RequestAborted);
        return record is null ? Content(string.Empty) : View("/Features/OrganizationFunctions/Portal/FunctionsBlock.cshtml", record);
    }
}
