namespace Gongkai.Web.Features.ReadingPlaces;

/// <summary>政府信息查阅场所: the registry (public on /cxcs and /api/v1/reading-places), the visit
/// log, and applications received on site registered as cases.</summary>
public static class ReadingPlacesFeature
{
    public static IServiceCollection AddReadingPlacesFeature(this IServiceCollection services)
    {
        services.AddScoped<ReadingPlaceService>();
        return services;
    }

    public static void MapReadingPlacesEndpoints(this IEndpointRouteBuilder app) => app.MapReadingPlacesApi();
}
