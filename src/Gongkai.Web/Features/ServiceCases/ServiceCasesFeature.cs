using Gongkai.Web.Features.Compliance;

namespace Gongkai.Web.Features.ServiceCases;

/// <summary>办件进度: case records pushed or imported from the district's 政务服务 system, the
/// public look-up at /bjjd (number + last four digits of the applicant's phone or ID number) with
/// per-organ statistics, and the overview's column of cases finished after their promised day.</summary>
public static class ServiceCasesFeature
{
    public static IServiceCollection AddServiceCasesFeature(this IServiceCollection services)
    {
        services.AddScoped<ServiceCaseService>();
        services.AddScoped<IComplianceIndicator, LateServiceCasesIndicator>();
        return services;
    }

    public static void MapServiceCasesEndpoints(this IEndpointRouteBuilder app) => app.MapServiceCasesApi();
}
