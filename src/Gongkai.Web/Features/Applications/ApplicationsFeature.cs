using Gongkai.Web.Features.Portal;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Mail;
using Gongkai.Web.Shared.Privacy;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications;

/// <summary>依申请公开: disclosure applications from submission to reply, on the statutory clock.</summary>
public static class ApplicationsFeature
{
    public static IServiceCollection AddApplicationsFeature(this IServiceCollection services)
    {
        services.AddOptions<ApplicationOptions>().BindConfiguration(ApplicationOptions.Section);
        services.AddPersonalDataProtection();
        services.AddScoped<ApplicationClock>();
        services.AddScoped<ApplicationAccess>();
        services.AddScoped<ApplicationOrganizations>();
        services.AddScoped<ApplicationSubmission>();
        services.AddScoped<ApplicationEvents>();
        services.AddPortalEntry(PortalSection.Services, "依申请公开", "/yisqgk/apply", "在线提交政府信息公开申请", 10);
        services.AddPortalEntry(PortalSection.Services, "申请进度查询", "/yisqgk/status", "凭查询码和密码查询办理进度和答复", 11);
        services.AddScoped<Attachments.ApplicationAttachments>();
        services.AddOptions<Attachments.PublicUploadOptions>().BindConfiguration(Attachments.PublicUploadOptions.Section);
        services.AddSingleton<Attachments.PublicUploadQuota>();
        services.AddScoped<ApplicationQueue>();
        services.AddScoped<Compliance.IComplianceIndicator, OverdueApplicationsIndicator>();
        services.AddScoped<Compliance.IComplianceIndicator, LateRepliesIndicator>();
        services.AddMailFeature();
        services.AddScoped<ApplicationReminders>();
        services.AddHostedService<ReminderJob<ApplicationReminders>>();
        services.AddScoped<ProactiveDisclosure>();
        services.AddScoped<Letters.LetterService>();
        services.AddScoped<AnnualReports.IAnnualReportSource, ApplicationsReportSource>();
        services.AddScoped<AnnualReports.IAnnualReportSource, ApplicationFeesReportSource>();
        services.AddSingleton<Data.IStartupSeeder, Letters.LetterSeeder>();
        services.AddSingleton<Data.IStartupSeeder, Demo.DemoApplicationSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoApplicationsOwner>();
        return services;
    }

    public static void MapApplicationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApplicationsApi();
        app.MapApplicationExport();
        app.MapGet("/admin/applications/{id:int}/letters/{letterId:int}", async (int id, int letterId, ApplicationAccess access, Letters.LetterService letters, CancellationToken ct) =>
        {
            // Through the case, so only those who may see the case get its letters.
            if (await access.FindForStaffAsync(id, ct) is null || (await letters.ForCaseAsync(id, ct)).FirstOrDefault(l => l.Id == letterId) is not { } letter)
            {
                return Problems.NotFound("未找到该文书。");
            }

            return Results.File(letter.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{letter.Title}-{letter.DocumentNumber}.docx");
        }).RequireAuthorization(Shared.Policies.Staff);
        app.MapGet("/admin/applications/{id:int}/attachments/{fileId:int}", async (int id, int fileId, ApplicationAccess access, Attachments.ApplicationAttachments files, CancellationToken ct) =>
            // Through the case: only its organ's case handlers and the district supervisors get here.
            await access.FindForStaffAsync(id, ct) is { } application
                ? await files.DownloadAsync(application, fileId, ct)
                : Problems.NotFound("未找到该附件。")).RequireAuthorization(Shared.Policies.Staff);
    }
}
