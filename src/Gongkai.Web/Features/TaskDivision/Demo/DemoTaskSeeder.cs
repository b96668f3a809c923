using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision.Demo;

/// <summary>With <c>--demo</c>, while no notice exists: imports the district's own notice
/// 江津府办发〔2020〕132号 (its 58 measures, shipped as <c>jiangjin-2020-132.txt</c>) through
/// <see cref="TaskDivisionImporter"/>, then, acting as the demo editor, files reports for the demo
/// organ and the district office (some done, some in progress), signs off the done measures the
/// district office leads, and, acting as the demo supervisor, sends one 督办 left unanswered.</summary>
public sealed class DemoTaskSeeder(IConfiguration configuration, ILogger<DemoTaskSeeder> log) : IStartupSeeder
{
    public const string NoticeResource = "Gongkai.Demo.jiangjin-2020-132.txt";

    public int Order => 92;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<TaskNotice>().AnyAsync(ct))
        {
            return;
        }

        string text;
        await using (var stream = typeof(DemoTaskSeeder).Assembly.GetManifestResourceStream(NoticeResource)!)
        using (var reader = new StreamReader(stream))
        {
            text = await reader.ReadToEndAsync(ct);
        }

        var importer = services.GetRequiredService<TaskDivisionImporter>();
        var preview = await importer.PreviewAsync(NoticeTextReader.Read(text), null, ct);
        var (noticeId, _, error) = await importer.SaveAsync(preview, ct);
        if (noticeId is null)
        {
            log.LogWarning("示例数据：任务分工通知未能导入：{Error}", error);
            return;
        }

        var notice = await db.Set<TaskNotice>().FirstAsync(n => n.Id == noticeId, ct);
        notice.Title = DemoData.Mark(notice.Title);
        await db.SaveChangesAsync(ct);

        var organs = await db.Set<Organization>().AsNoTracking()
            .Where(o => o.IsActive && (o.ShortName == DemoData.CaseOrgan || o.ShortName == DemoData.DistrictOffice))
            .ToDictionaryAsync(o => o.ShortName, o => o.Id, ct);
        var organIds = organs.Values.ToList();
        var assignments = await db.Set<TaskAssignment>().AsNoTracking()
            .Where(a => db.Set<TaskMeasure>().Any(m => m.Id == a.MeasureId && m.NoticeId == noticeId) && organIds.Contains(a.OrganizationId))
            .OrderBy(a => a.MeasureId).ToListAsync(ct);

        if (await DemoAccounts.PrincipalAsync(services, DemoAccounts.Editor) is { } editor)
        {
            await using var actor = DemoAccounts.ActAs(services, editor);
            var tracking = actor.Services.GetRequiredService<TaskTrackingService>();
            var responsible = assignments.Where(a => a.Role == TaskAssignmentRole.Responsible).ToList();
            // Every other assignment of the two organs is reported: two in three done, the rest under way.
            for (var i = 0; i < responsible.Count; i += 2)
            {
                var a = responsible[i];
                var done = i % 3 != 2;
                var (failed, _) = await tracking.ReportAsync(a.MeasureId, new TaskProgressInput(a.OrganizationId, done ? "done" : "inProgress",
                    DemoData.Marker + (done ? "已按要求完成，相关信息已在本机关政府信息公开平台公开。" : "正在推进，已制定工作方案，预计按期完成。"),
                    null, null), ct);
                if (failed is not null)
                {
                    log.LogWarning("示例数据：举措进展未能填报：{Error}", failed);
                }
            }

            // The district office signs off the done measures it leads (at most three).
            var reportedDone = responsible.Where((a, i) => i % 2 == 0 && i % 3 != 2).Select(a => a.MeasureId).ToHashSet();
            var office = organs.GetValueOrDefault(DemoData.DistrictOffice);
            foreach (var lead in assignments.Where(a => a.Role == TaskAssignmentRole.Lead && a.OrganizationId == office && reportedDone.Contains(a.MeasureId)).Take(3))
            {
                await tracking.SignOffAsync(lead.MeasureId, lead.OrganizationId, ct);
            }
        }

        if (await DemoAccounts.PrincipalAsync(services, DemoAccounts.Supervisor) is { } supervisor
            && assignments.FirstOrDefault(a => a.Role == TaskAssignmentRole.Responsible && a.OrganizationId == organs.GetValueOrDefault(DemoData.CaseOrgan)) is { } target)
        {
            await using var actor = DemoAccounts.ActAs(services, supervisor);
            await actor.Services.GetRequiredService<TaskSupervisionService>().SendAsync(target.MeasureId, target.OrganizationId,
                DemoData.Marker + "该举措进展滞后，请于5个工作日内报送推进情况和佐证材料。", ct);
        }
    }
}

/// <summary>Removes the demo notice (title marked 【示例】); its measures, assignments, reports,
/// sign-offs and 督办 go with it. A notice has no author of its own, so the marker on its title,
/// which only <see cref="DemoTaskSeeder"/> writes, is the mark.</summary>
public sealed class DemoTaskOwner : IDemoDataOwner
{
    public string Kind => "任务分工通知";

    public int RemovalOrder => 50;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<TaskNotice>().Where(n => n.Title.StartsWith(DemoData.Marker)).ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
