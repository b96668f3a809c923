using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gongkai.Web.Features.Organizations;

/// <summary>After any organ change through the admin pages (create, edit, rename, merge, deactivate),
/// clears the cached public pages: names, contacts and the directory appear there. Organ changes
/// are rare and a merge touches two organs, so the whole portal cache goes.</summary>
public sealed class OrganizationChangeHook : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) && executed.Exception is null)
        {
            await http.RequestServices.GetRequiredService<PortalCache>().EvictAllAsync(http.RequestAborted);
        }
    }
}
