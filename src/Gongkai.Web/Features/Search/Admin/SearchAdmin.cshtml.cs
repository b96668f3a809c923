using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Search.Admin;

/// <summary>Index status for the system administrator, and the rebuild button (a new index is built
/// beside the live one and swapped in; searching goes on meanwhile).</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class SearchAdminModel(SearchIndexStore index, SearchIndexer indexer, AuditTrail audit) : PageModel
{
    public SearchIndexStore Index => index;

    public SearchIndexer Indexer => indexer;

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostRebuildAsync()
    {
        if (indexer.Rebuilding)
        {
            Message = "索引正在重建，请稍后刷新查看。";
            return RedirectToPage();
        }

        await audit.WriteAsync("search.rebuild", targetType: "SearchIndex", targetId: index.CurrentName);
        // Runs on after the response, on every node of the cluster, each into its own index.
        await indexer.RebuildEverywhereAsync(HttpContext.RequestAborted);
        Message = "已开始重建检索索引（集群中每个节点各自重建）。重建期间检索照常可用，完成后自动切换。";
        return RedirectToPage();
    }
}
