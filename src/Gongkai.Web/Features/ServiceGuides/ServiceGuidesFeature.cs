using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared.Caching;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary>办事指南: each organ's service guides with every §7.2 element, checked for empty
/// elements and vague phrases before review, public at /bszn by organ and theme, searchable, and
/// linked to the 权责清单 item with the same code.</summary>
public static class ServiceGuidesFeature
{
    public static IServiceCollection AddServiceGuidesFeature(this IServiceCollection services)
    {
        services.AddSingleton<Data.IStartupSeeder, Demo.DemoServiceGuideSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoServiceGuidesOwner>();
        services.AddScoped<ServiceGuideAccess>();
        services.AddScoped<ServiceGuideService>();
        services.AddSingleton<ServiceGuideCache>();
        services.AddPortalEntry(PortalSection.Services, "办事指南", "/bszn", "各部门办理事项的依据、条件、材料、流程和时限", 12);
        services.AddSingleton<ISearchSource, ServiceGuideSearchSource>();
        services.AddOutputCache(o => o.AddFeaturePortalPolicy(ServiceGuideCache.PolicyName, ServiceGuideCache.Tag, "page", "theme", "q", "organization", "view"));
        return services;
    }

    public static void MapServiceGuidesEndpoints(this IEndpointRouteBuilder app) => app.MapServiceGuidesApi();
}
