using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Search;

namespace Gongkai.Web.Features.Consultations;

/// <summary>重大行政决策 and 征求意见: each organ's yearly catalogue of major decisions
/// (/xxgk/{orgId}/major-decisions), consultations on drafts with frozen versions, screened and answered
/// public comments and the 意见采纳情况 report (/yjzj, searchable), and the late-report column of the district overview.</summary>
public static class ConsultationsFeature
{
    public static IServiceCollection AddConsultationsFeature(this IServiceCollection services)
    {
        services.AddOptions<ConsultationOptions>().BindConfiguration(ConsultationOptions.Section);
        services.AddScoped<ConsultationAccess>();
        services.AddScoped<ConsultationService>();
        services.AddScoped<Admin.ConsultationStaff>();
        services.AddSingleton<ConsultationHtml>();
        services.AddScoped<IComplianceIndicator, LateReportIndicator>();
        services.AddSingleton<ISearchSource, ConsultationSearchSource>();
        return services;
    }

    public static void MapConsultationsEndpoints(this IEndpointRouteBuilder app) => app.MapConsultationsApi();
}
