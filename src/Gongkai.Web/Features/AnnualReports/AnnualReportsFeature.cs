namespace Gongkai.Web.Features.AnnualReports;

/// <summary>政府信息公开工作年度报告: computed reports in the national template, staff pages under
/// /admin/annual-reports and <c>GET /api/v1/annual-reports/{organizationId}/{year}</c>.</summary>
public static class AnnualReportsFeature
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IServiceCollection AddAnnualReportsFeature(this IServiceCollection services)
    {
        services.AddScoped<AnnualReportAccess>();
        services.AddScoped<AnnualReportService>();
        services.AddSingleton<Data.IStartupSeeder, DemoAnnualReportSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, DemoAnnualReportsOwner>();
        services.AddScoped<Compliance.IComplianceIndicator, AnnualReportIndicator>();
        // Sources of report figures; the applications and normative-documents features add theirs here.
        services.AddScoped<IAnnualReportSource, PublicationsReportSource>();
        return services;
    }

    public static void MapAnnualReportsEndpoints(this IEndpointRouteBuilder app) => app.MapAnnualReportsApi();
}
