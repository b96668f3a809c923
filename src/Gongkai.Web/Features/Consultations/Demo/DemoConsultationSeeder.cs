using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations.Demo;

/// <summary>With <c>--demo</c>, while no consultation exists: the demo editor opens a consultation
/// of the district office on a draft (through <see cref="ConsultationService"/>, with its window
/// rule), open from today for 30 days, and a member of the public comments on it. Title and
/// comment are marked 【示例】.</summary>
public sealed class DemoConsultationSeeder(IConfiguration configuration, TimeProvider clock, ILogger<DemoConsultationSeeder> log) : IStartupSeeder
{
    public int Order => 96;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<Consultation>().AnyAsync(ct)
            || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Editor) is not { } editor)
        {
            return;
        }

        var office = await services.GetRequiredService<Organizations.OrganizationDirectory>().FindActiveAsync(DemoData.DistrictOffice, ct);
        if (office is null)
        {
            return;
        }

        var today = ChinaTime.Today(clock);
        int? id;
        await using (var actor = DemoAccounts.ActAs(services, editor))
        {
            var (consultation, error) = await actor.Services.GetRequiredService<ConsultationService>().CreateAsync(office.Id, new ConsultationInput(
                DemoData.DistrictOffice,
                DemoData.Marker + "《重庆市江津区政务公开工作规定（修订征求意见稿）》公开征求意见",
                "<h2>第一章 总则</h2><p>第一条 为推进政务公开工作，根据《中华人民共和国政府信息公开条例》，结合本区实际，制定本规定。</p>"
                    + "<p>第二条 本规定适用于本区各级行政机关的政务公开工作。</p><p>（演示用示例草案，不具有任何效力。）</p>",
                today, today.AddDays(30),
                Reason: "适应政务公开新要求，完善本区政务公开工作制度。",
                MainQuestions: "公开平台建设、依申请公开办理、监督考核等。",
                WaysToRespond: "在本页面在线提交意见，或发送电子邮件。"), ct);
            id = consultation?.Id;
            if (error is not null)
            {
                log.LogWarning("示例数据：征求意见未能创建：{Error}", error.Message);
            }
        }

        if (id is { } created)
        {
            var service = services.GetRequiredService<ConsultationService>();
            var consultation = await service.FindAsync(created, ct);
            var (_, _, refused) = await service.CommentAsync(consultation!, new CommentInput(
                DemoData.Marker + "建议第二条增加“法律、法规授权的具有管理公共事务职能的组织”。", null, "市民丁", "13800001004", "市民丁"), ct);
            if (refused is not null)
            {
                log.LogWarning("示例数据：意见未能提交：{Error}", refused.Message);
            }
        }
    }
}

/// <summary>Removes the demo consultations: title marked 【示例】, created by a demo account. Their
/// versions and comments go with them.</summary>
public sealed class DemoConsultationsOwner : IDemoDataOwner
{
    public string Kind => "征求意见";

    public int RemovalOrder => 60;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<Consultation>()
            .Where(c => c.Title.StartsWith(DemoData.Marker) && c.CreatedBy.StartsWith(DemoData.AccountPrefix))
            .ToListAsync(ct);
        var ids = demo.Select(c => c.Id).ToList();
        // Comments point at versions (restrict) and at one another: they go first.
        db.RemoveRange(await db.Set<ConsultationComment>().Where(c => ids.Contains(c.ConsultationId)).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
