namespace Gongkai.Web.Features.Compliance;

/// <summary>全区政务公开 overview: a matrix of organs × indicators from every feature's
/// <see cref="IComplianceIndicator"/>, monthly snapshots for trends, and the API.</summary>
public static class ComplianceFeature
{
    public static IServiceCollection AddComplianceFeature(this IServiceCollection services)
    {
        services.AddScoped<ComplianceAccess>();
        services.AddScoped<ComplianceOverview>();
        services.AddScoped<ComplianceSnapshots>();
        services.AddHostedService<ComplianceSnapshotJob>();
        return services;
    }

    public static void MapComplianceEndpoints(this IEndpointRouteBuilder app) => app.MapComplianceApi();
}
