using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.Consultations;

/// <summary>The /yjzj pages (a consultation open for comments is never stored: its comment form carries an anti-forgery token bound to one visitor). Output-cached like the other portal pages (<see cref="PortalCaching.AddFeaturePortalPolicy"/>)
/// and tagged <see cref="Tag"/>; the service evicts the tag whenever it saves what they show.</summary>
public sealed class ConsultationCache(IOutputCacheStore store) : PortalAreaCache(store, Tag)
{
    public const string PolicyName = "Consultations";

    public const string Tag = "yjzj";
}
