using Gongkai.Web.Features.Portal;
using Gongkai.Web.Shared.Caching;

namespace Gongkai.Web.Features.ReadingPlaces;

/// <summary>政府信息查阅场所: the registry (public on /cxcs and /api/v1/reading-places), the visit
/// log, and applications received on site registered as cases.</summary>
public static class ReadingPlacesFeature
{
    public static IServiceCollection AddReadingPlacesFeature(this IServiceCollection services)
    {
        services.AddScoped<ReadingPlaceService>();
        services.AddSingleton<ReadingPlaceCache>();
        services.AddOutputCache(o => o.AddFeaturePortalPolicy(ReadingPlaceCache.PolicyName, ReadingPlaceCache.Tag, "page"));
        services.AddPortalEntry(PortalSection.Services, "政府信息查阅场所", "/cxcs", "现场查阅政府信息的地点、开放时间和提供的服务", 45);
        return services;
    }

    public static void MapReadingPlacesEndpoints(this IEndpointRouteBuilder app) => app.MapReadingPlacesApi();
}
