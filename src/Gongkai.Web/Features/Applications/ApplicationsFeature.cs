using Gongkai.Web.Shared;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications;

/// <summary>依申请公开: disclosure applications from submission to reply, on the statutory clock.</summary>
public static class ApplicationsFeature
{
    public static IServiceCollection AddApplicationsFeature(this IServiceCollection services)
    {
        services.AddOptions<ApplicationOptions>().BindConfiguration(ApplicationOptions.Section);
        services.AddSingleton(sp => ApplicantDataProtector.Load(
            sp.GetRequiredService<IOptions<ApplicationOptions>>().Value.Key,
            sp.GetRequiredService<IOptions<GongkaiOptions>>().Value.ResolveDataDirectory()));
        services.AddScoped<ApplicationService>();
        services.AddScoped<ApplicationQueue>();
        return services;
    }

    public static void MapApplicationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApplicationsApi();
    }
}
