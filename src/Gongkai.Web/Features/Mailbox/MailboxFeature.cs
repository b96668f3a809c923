using System.Globalization;
using Gongkai.Web.Features.Applications.Attachments;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Gongkai.Web.Shared.Mail;
using Gongkai.Web.Shared.Privacy;
using Gongkai.Web.Shared.Files;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>区长信箱 and the organs' mailboxes: letters from the public (/qzxx), routed by the district
/// office and answered by the competent organ on a working-day clock, published without the writer's
/// personal data when they agreed, and analysed every month.</summary>
public static class MailboxFeature
{
    public static IServiceCollection AddMailboxFeature(this IServiceCollection services)
    {
        services.AddSingleton<Data.IStartupSeeder, Demo.DemoLetterSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoLettersOwner>();
        services.AddOptions<MailboxOptions>().BindConfiguration(MailboxOptions.Section);
        services.AddPersonalDataProtection();
        services.AddScoped<MailboxService>();
        services.AddSingleton<MailboxCache>();
        services.AddOutputCache(o => o.AddFeaturePortalPolicy(MailboxCache.PolicyName, MailboxCache.Tag, "page", "month"));
        services.AddPortalEntry(PortalSection.Interaction, "区长信箱", "/qzxx", "给区长写信，查询办理进度，查看公开的来信和答复", 10);
        services.AddScoped<MailboxQueue>();
        services.AddScoped<MailboxAnalysis>();
        services.AddMailFeature();
        services.AddScoped<LetterReminders>();
        services.AddHostedService<ReminderJob<LetterReminders>>();
        services.AddSingleton<ISearchSource, LetterSearchSource>();
        services.AddScoped<IComplianceIndicator, OverdueLettersIndicator>();
        return services;
    }

    public static void MapMailboxEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMailboxApi();

        // The Word export: a finished month for everyone, any month (the current one too) for the district office.
        app.MapGet("/qzxx/analysis/{month}.docx", async (string month, MailboxService service, MailboxAnalysis analysis, TimeProvider clock, CancellationToken ct) =>
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return Problems.BadRequest("请按 yyyy-MM 格式填写月份。");
            }

            var today = ChinaTime.Today(clock);
            if (first.AddMonths(1) > today && !await service.MaySeeCurrentAnalysisAsync(ct))
            {
                return Problems.NotFound($"{first:yyyy年M月}的汇总分析将在该月结束后公布。");
            }

            var (from, to) = MailboxAnalysis.MonthRange(first.Year, first.Month);
            var result = await analysis.ComputeAsync(month, from, to, to < today ? to.AddDays(1) : today, ct);
            var title = $"区长信箱{first:yyyy年M月}来信汇总分析";
            return Results.File(AnalysisWordDocument.Create(title, result), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", title + ".docx");
        }).AllowAnonymous();

        app.MapGet("/admin/mailbox/{id:int}/attachments/{fileId:int}", async (int id, int fileId, MailboxService service, IFileStore store, CancellationToken ct) =>
        {
            // Through the letter: only those who may see it get its files, and the download is audited as a view of the writer's data.
            if (await service.FindForStaffAsync(id, ct) is not { } letter || (await service.AttachmentsAsync(id, ct)).FirstOrDefault(a => a.Id == fileId) is not { } file)
            {
                return Problems.NotFound("未找到该附件。");
            }

            await service.RevealAsync(letter, $"attachment {fileId} download", ct);
            return await store.OpenReadAsync(file.StorageKey, ct) is { } stream ? Results.File(stream, file.ContentType, file.FileName) : Problems.NotFound("附件文件缺失，请联系管理员。");
        }).RequireAuthorization(Shared.Policies.Staff);
    }
}
