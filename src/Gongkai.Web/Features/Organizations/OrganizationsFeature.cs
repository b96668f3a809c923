namespace Gongkai.Web.Features.Organizations;

public static class OrganizationsFeature
{
    public static IServiceCollection AddOrganizationsFeature(this IServiceCollection services) => services;

    public static void MapOrganizationsEndpoints(this IEndpointRouteBuilder app)
    {
    }
}
