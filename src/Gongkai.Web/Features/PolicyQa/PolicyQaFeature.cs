using Gongkai.Domain.PolicyQa;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared.Caching;
using Gongkai.Web.Shared.Slots;

namespace Gongkai.Web.Features.PolicyQa;

/// <summary>政策问答: question/answer pairs kept by organs (/admin/policy-qa), each linked to the
/// normative documents and interpretations it explains; public at /zcwd, on each linked policy's
/// page, and in site search (kind <c>policyQa</c>).</summary>
public static class PolicyQaFeature
{
    public static IServiceCollection AddPolicyQaFeature(this IServiceCollection services)
    {
        services.AddScoped<PolicyQaService>();
        // The questions about a policy are shown below it, on the document's and the interpretation's page.
        services.AddSlotBlock<PolicyQaListViewComponent>(PageSlot.NormativeDocumentFoot, 10, t => new { kind = PolicyKind.NormativeDocument, id = t.Id });
        services.AddSlotBlock<PolicyQaListViewComponent>(PageSlot.InterpretationFoot, 10, t => new { kind = PolicyKind.Interpretation, id = t.Id });
        services.AddSingleton<PolicyQaCache>();
        services.AddOutputCache(o => o.AddFeaturePortalPolicy(PolicyQaCache.PolicyName, PolicyQaCache.Tag, "q", "org", "page"));
        services.AddPortalEntry(PortalSection.Services, "政策问答", "/zcwd", "对政策文件常见问题的解答", 26);
        services.AddSingleton<ISearchSource, PolicyQaSearchSource>();
        return services;
    }
}
