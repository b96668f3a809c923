using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary>/bszn pages are output-cached like the other portal pages, tagged <see cref="Tag"/>;
/// approving or withdrawing a guide evicts them, so the next visitor sees the change.</summary>
public sealed class ServiceGuideCache(IOutputCacheStore store) : PortalAreaCache(store, Tag)
{
    public const string PolicyName = "ServiceGuides";

    public const string Tag = "bszn";
}
