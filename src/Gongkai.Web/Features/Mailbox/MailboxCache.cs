using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>The published letters (/qzxx, /qzxx/letters/{id}) and the monthly analysis (/qzxx/analysis); the letter form and the status look-up are never cached. Output-cached like the other portal pages (<see cref="PortalCaching.AddFeaturePortalPolicy"/>)
/// and tagged <see cref="Tag"/>; the service evicts the tag whenever it saves what they show.</summary>
public sealed class MailboxCache(IOutputCacheStore store) : PortalAreaCache(store, Tag)
{
    public const string PolicyName = "Mailbox";

    public const string Tag = "qzxx";
}
