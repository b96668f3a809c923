namespace Gongkai.Web.Features.Audit;

public static class AuditFeature
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) => services;

    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
    }
}
