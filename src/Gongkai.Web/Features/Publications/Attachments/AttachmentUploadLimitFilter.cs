using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>Raises the request-body and multipart limits of the page that takes uploads to the
/// configured attachment size (Kestrel's default is 30 MB, below the 50 MB default), with a little
/// room for the form's other fields, so an over-size file reaches the service and is refused with a
/// clear message. A form taking several files passes their number (TypeFilter Arguments). Runs before antiforgery (order 900, as RequestFormLimits does), which reads the form.</summary>
public sealed class AttachmentUploadLimitFilter(IOptions<AttachmentOptions> options, int files = 1) : IAuthorizationFilter, IOrderedFilter
{
    private const long FormOverhead = 1024 * 1024;

    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limit = (options.Value.MaxBytes * files) + FormOverhead;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }
}
