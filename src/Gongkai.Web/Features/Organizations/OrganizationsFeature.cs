using Gongkai.Web.Data;

namespace Gongkai.Web.Features.Organizations;

public static class OrganizationsFeature
{
    public static IServiceCollection AddOrganizationsFeature(this IServiceCollection services)
    {
        services.AddSingleton<IStartupSeeder, OrganizationSeeder>();
        services.AddScoped<OrganizationDirectory>();
        services.AddScoped<OrganizationAdminAccess>();
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AddFolderApplicationModelConvention("/Organizations/Admin", m => m.Filters.Add(new OrganizationChangeHook())));
        return services;
    }

    public static void MapOrganizationsEndpoints(this IEndpointRouteBuilder app) => app.MapOrganizationsApi();
}
