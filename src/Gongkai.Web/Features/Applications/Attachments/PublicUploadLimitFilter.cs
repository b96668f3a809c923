using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications.Attachments;

/// <summary>The request-body limit of the public application form: its files at the public size
/// limit (<see cref="PublicUploadOptions"/>, or the editors' limit if smaller) plus the form's
/// fields, so an anonymous post cannot stream 5 × 50 MB to the server. Runs
/// before antiforgery (order 900), which reads the form.</summary>
public sealed class PublicUploadLimitFilter(IOptions<AttachmentOptions> attachments, IOptions<PublicUploadOptions> uploads) : IAuthorizationFilter, IOrderedFilter
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

        // One byte over the per-file limit must still arrive, so the person is told which file is too large.
        var perFile = Math.Min(attachments.Value.MaxBytes, uploads.Value.MaxFileBytes) + 1;
        var limit = (perFile * ApplicationAttachments.MaxFiles) + FormOverhead;
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
