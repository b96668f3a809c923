using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists.Demo;

/// <summary>With <c>--demo</c>, while no power item exists: the demo editor imports a few items of
/// the demo organ's 权责清单 through <see cref="PowerListReader"/> and <see cref="PowerListService"/>
/// (the same row checks as an upload), and the demo reviewer approves the batch, so the list is
/// public at <c>/xxgk/{org}/power-list</c> and <c>/qzqd</c>. Names are marked 【示例】.</summary>
public sealed class DemoPowerListSeeder(IConfiguration configuration, ILogger<DemoPowerListSeeder> log) : IStartupSeeder
{
    public int Order => 95;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<PowerItem>().AnyAsync(ct))
        {
            return;
        }

        var organ = await services.GetRequiredService<OrganizationDirectory>().FindActiveAsync(DemoData.CaseOrgan, ct);
        if (organ is null || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Editor) is not { } editor
            || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Reviewer) is not { } reviewer)
        {
            return;
        }

        var m = DemoData.Marker;
        IReadOnlyList<IReadOnlyList<string?>> cells =
        [
            [PowerListColumns.Code, PowerListColumns.Name, PowerListColumns.Type, PowerListColumns.Basis, PowerListColumns.HandlingUnit, PowerListColumns.Note],
            ["CZ0001", m + "对违反财政收入执收管理规定行为的处罚", "行政处罚", "《财政违法行为处罚处分条例》第十三条", "监督检查科", DemoData.Actor],
            ["CZ0002", m + "对会计工作的监督检查", "行政检查", "《中华人民共和国会计法》第三十二条", "会计科", DemoData.Actor],
            ["CZ0003", m + "政府采购投诉处理", "行政裁决", "《中华人民共和国政府采购法》第五十六条", "政府采购科", DemoData.Actor],
            ["CZ0004", m + "代理记账资格审批", "行政许可", "《中华人民共和国会计法》第三十六条；《代理记账管理办法》第三条", "会计科", DemoData.Actor],
        ];
        var sheet = PowerListReader.Read(cells);
        int? batch = null;
        await using (var actor = DemoAccounts.ActAs(services, editor))
        {
            var result = await actor.Services.GetRequiredService<PowerListService>().ImportAsync(organ.Id, sheet.Rows, dryRun: false, ct);
            batch = result.BatchId;
            if (batch is null)
            {
                log.LogWarning("示例数据：权责清单未能导入：{Errors}", string.Join("；", sheet.Rows.SelectMany(r => r.Errors)));
                return;
            }
        }

        await using (var actor = DemoAccounts.ActAs(services, reviewer))
        {
            if (await actor.Services.GetRequiredService<PowerListService>().ReviewAsync(organ.Id, batch.Value, approve: true, DemoData.Actor, ct) is { } error)
            {
                log.LogWarning("示例数据：权责清单未能审核通过：{Error}", error);
            }
        }
    }
}

/// <summary>Removes the demo power items: name marked 【示例】 and 备注 <see cref="DemoData.Actor"/> (an
/// item keeps no author once approved, so the seeder writes the actor into its note); their
/// adjustments, and the batches demo accounts submitted.</summary>
public sealed class DemoPowerListOwner : IDemoDataOwner
{
    public string Kind => "权责清单事项";

    public int RemovalOrder => 40;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var items = await db.Set<PowerItem>().Where(i => i.Name.StartsWith(DemoData.Marker) && i.Note == DemoData.Actor).ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        db.RemoveRange(await db.Set<PowerAdjustment>().Where(a => ids.Contains(a.ItemId)).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.RemoveRange(items);
        await db.SaveChangesAsync(ct);
        // A batch only a demo account submitted holds nothing real once its items are gone.
        db.RemoveRange(await db.Set<PowerListBatch>().Where(b => b.SubmittedBy.StartsWith(DemoData.AccountPrefix)
            && !db.Set<PowerItem>().Any(i => i.BatchId == b.Id)).ToListAsync(ct));
        return items.Count;
    }
}
