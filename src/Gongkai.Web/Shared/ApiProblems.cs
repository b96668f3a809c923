using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Shared;

/// <summary>Every <c>/api/</c> answer is JSON problem details, never the HTML error page: an unknown path (404), a wrong method (405), a body that is not valid JSON (400),
/// a rate limit (429) and an unhandled error (500) included. Pages keep the Chinese error page.</summary>
public static class ApiProblems
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>In place of the error page: status codes without a body and, outside Development,
    /// exceptions, each answered by problem details on /api and by /error elsewhere.</summary>
    public static void UseErrorAnswers(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteExceptionAsync }));
            app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler("/error"));
        }

        app.UseWhen(IsApi, api => api.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode)));
        app.UseWhen(c => !IsApi(c), pages => pages.UseStatusCodePagesWithReExecute("/error", "?code={0}"));
    }

    private static Task WriteExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        // A body that is not JSON (or not the expected shape) is the client's mistake, not ours.
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        context.Response.StatusCode = status;
        return WriteAsync(context, status);
    }

    private static async Task WriteAsync(HttpContext context, int status)
    {
        var (title, detail) = status switch
        {
            400 => ("请求无效", "请求格式不正确：请求体须为有效的 JSON，字段类型须与接口说明一致。"),
            401 => ("未认证", "请先申请访问令牌，并以 Authorization: Bearer 发送。"),
            403 => ("无权访问", "您没有执行该操作的权限。"),
            404 => ("未找到", $"没有这个接口地址：{context.Request.Path}。"),
            405 => ("请求方法不允许", $"接口 {context.Request.Path} 不支持 {context.Request.Method} 方法。"),
            413 => ("请求过大", "请求体超过大小限制。"),
            415 => ("媒体类型不支持", "请以 Content-Type: application/json 发送请求体。"),
            429 => ("请求过于频繁", "请稍后再试。"),
            >= 500 => ("服务器错误", "服务器处理请求时出错，请稍后再试。如问题持续，请联系网站管理员。"),
            _ => ("请求未完成", $"请求未完成（{status}）。"),
        };
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
        }
    }
}
