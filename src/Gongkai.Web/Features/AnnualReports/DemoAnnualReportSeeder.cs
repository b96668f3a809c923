using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>With <c>--demo</c>, after the other demo seeders: the demo editor saves the demo organ's
/// annual report for the last full year as drafted by <see cref="AnnualReportService"/> from the
/// platform's own data (the demo applications, items and measures). Only the narrative is saved,
/// marked 【示例】; the tables stay computed, so they always agree with the cases. Does nothing when
/// that report exists.</summary>
public sealed class DemoAnnualReportSeeder(IConfiguration configuration, ILogger<DemoAnnualReportSeeder> log) : IStartupSeeder
{
    public int Order => 97;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!DemoData.IsOn(configuration))
        {
            return;
        }

        var db = services.GetRequiredService<GongkaiDbContext>();
        var organ = await services.GetRequiredService<OrganizationDirectory>().FindActiveAsync(DemoData.CaseOrgan, ct);
        if (organ is null || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Editor) is not { } editor)
        {
            return;
        }

        await using var actor = DemoAccounts.ActAs(services, editor);
        var reports = actor.Services.GetRequiredService<AnnualReportService>();
        var year = reports.DefaultYear;
        if (await db.Set<AnnualReport>().AnyAsync(r => r.OrganizationId == organ.Id && r.Year == year, ct))
        {
            return;
        }

        var view = await reports.ViewAsync(organ, year, ct);
        var error = await reports.SaveNarrativeAsync(organ, year, new NarrativeInput
        {
            Overview = DemoData.Marker + view.Narratives[ReportTemplates.Overview],
            Problems = view.Narratives[ReportTemplates.Problems],
            OtherMatters = view.Narratives[ReportTemplates.OtherMatters],
        }, ct);
        if (error is not null)
        {
            log.LogWarning("示例数据：年度报告未能保存：{Error}", error);
        }
    }
}

/// <summary>Removes the demo annual reports: overview marked 【示例】, last saved by a demo account,
/// never submitted for publication (a submitted report is the organ's own from then on).</summary>
public sealed class DemoAnnualReportsOwner : IDemoDataOwner
{
    public string Kind => "政府信息公开工作年度报告";

    public int RemovalOrder => 70;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<AnnualReport>()
            .Where(r => r.Overview.StartsWith(DemoData.Marker) && r.UpdatedBy.StartsWith(DemoData.AccountPrefix) && r.PublicationId == null)
            .ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
