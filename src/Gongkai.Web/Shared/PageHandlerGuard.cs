using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gongkai.Web.Shared;

/// <summary>A POST (or other write) to a page that has no handler for it — no <c>OnPost</c>, or a
/// <c>?handler=</c> name the page does not have — would render the page without its data having
/// been loaded and end in a null reference. For every Razor page at once,
/// such a request is answered 400, which the error page shows as 请求无效.</summary>
public sealed class PageHandlerGuard : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && http.Features.Get<IStatusCodeReExecuteFeature>() is null && http.Features.Get<IExceptionHandlerPathFeature>() is null)
        {
            context.Result = new BadRequestResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
