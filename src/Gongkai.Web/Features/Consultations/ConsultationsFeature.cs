using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared.Caching;

namespace Gongkai.Web.Features.Consultations;

/// <summary>重大行政决策 and 征求意见: each organ's yearly catalogue of major decisions
/// (/xxgk/{orgId}/major-decisions), consultations on drafts with frozen versions, screened and answered
/// public comments and the 意见采纳情况 report (/yjzj, searchable), and the late-report column of the district overview.</summary>
public static class ConsultationsFeature
{
    public static IServiceCollection AddConsultationsFeature(this IServiceCollection services)
    {
        services.AddSingleton<Data.IStartupSeeder, Demo.DemoConsultationSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoConsultationsOwner>();
        services.AddOptions<ConsultationOptions>().BindConfiguration(ConsultationOptions.Section);
        services.AddScoped<ConsultationAccess>();
        services.AddScoped<ConsultationService>();
        services.AddScoped<ConsultationAttachments>();
        services.AddScoped<Admin.ConsultationStaff>();
        services.AddSingleton<ConsultationCache>();
        services.AddOutputCache(o => o.AddFeaturePortalPolicy(ConsultationCache.PolicyName, ConsultationCache.Tag, "organization", "state", "version", "page"));
        services.AddPortalEntry(PortalSection.Interaction, "意见征集", "/yjzj", "对政策草案和重大行政决策发表意见，查看意见采纳情况", 15);
        services.AddSingleton<ConsultationHtml>();
        services.AddScoped<IComplianceIndicator, LateReportIndicator>();
        services.AddSingleton<ISearchSource, ConsultationSearchSource>();
        return services;
    }

    public static void MapConsultationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapConsultationsApi();
        app.MapGet("/yjzj/{id:int}/files/{fileId:int}", (int id, int fileId, ConsultationAttachments files, ConsultationService service, CancellationToken ct) =>
            files.DownloadAsync(id, fileId, service.Today, ct)).AllowAnonymous();
        app.MapGet("/admin/consultations/{id:int}/files/{fileId:int}", async (int id, int fileId, ConsultationAttachments files, ConsultationAccess access, CancellationToken ct) =>
            await files.OrganOfAsync(id, ct) is { } organ && await access.CanViewAsync(organ, ct)
                ? await files.DownloadAsync(id, fileId, null, ct)
                : Shared.Problems.NotFound("未找到该附件。")).RequireAuthorization(Shared.Policies.Staff);
    }
}
