namespace Gongkai.Web.Shared.Network;

/// <summary>One id per request across the gateway and the nodes behind it: the <c>X-Request-ID</c> the
/// gateway sent (nginx's <c>$request_id</c>), or a new one when there is none or it is not a plain
/// token. It becomes the request's <see cref="HttpContext.TraceIdentifier"/> (shown on the error
/// page), goes back in the response header, and is in the log scope of everything logged for the
/// request (as <c>XRequestId</c>; the host's own <c>RequestId</c> is the node's connection-based id).
/// A client can choose the id, so it is only a correlation aid, never trusted for anything else;
/// hence the strict shape, which keeps it from forging log lines.</summary>
public static class RequestIds
{
    public const string Header = "X-Request-ID";

    public const int MaxLength = 64;

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Gongkai.Requests");
        return app.Use(async (context, next) =>
        {
            var id = Accept(context.Request.Headers[Header].ToString()) ?? Guid.NewGuid().ToString("N");
            context.TraceIdentifier = id;
            context.Response.Headers[Header] = id;
            using (log.BeginScope(new Dictionary<string, object> { ["XRequestId"] = id }))
            {
                await next(context);
            }
        });
    }

    /// <summary>The given id if it is 1–64 letters, digits, '-', '_' or '.'; otherwise null.</summary>
    public static string? Accept(string? given) =>
        given is { Length: > 0 and <= MaxLength } && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? given : null;
}
