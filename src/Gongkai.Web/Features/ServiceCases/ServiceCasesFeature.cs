using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Shared.Privacy;

namespace Gongkai.Web.Features.ServiceCases;

/// <summary>办件进度: case records pushed or imported from the district's 政务服务 system, the
/// public look-up at /bjjd (number + last four digits of the applicant's phone or ID number) with
/// per-organ statistics, and the overview's column of cases finished after their promised day.</summary>
public static class ServiceCasesFeature
{
    public static IServiceCollection AddServiceCasesFeature(this IServiceCollection services)
    {
        services.AddPersonalDataProtection();
        services.AddScoped<ServiceCaseService>();
        services.AddMemoryCache();
        services.AddSingleton<CaseStatisticsCache>();
        services.AddPortalEntry(PortalSection.Services, "办件进度", "/bjjd", "凭办件编号查询政务服务事项的办理进度", 13);
        services.AddScoped<IComplianceIndicator, LateServiceCasesIndicator>();
        return services;
    }

    public static void MapServiceCasesEndpoints(this IEndpointRouteBuilder app) => app.MapServiceCasesApi();
}
