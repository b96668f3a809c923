using Gongkai.Domain.Enforcement;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Enforcement.Demo;

/// <summary>With <c>--demo</c>, while no enforcement decision exists: the demo editor imports three
/// of the demo organ's penalty decisions through <see cref="EnforcementDecisionReader"/> and
/// <see cref="EnforcementService"/> (the spreadsheet's row checks, the 7-working-day publication
/// clock), and the demo reviewer publishes two of them, the third staying due. Matters are marked
/// 【示例】; the natural person's name is masked on the public pages as for any decision.</summary>
public sealed class DemoEnforcementSeeder(IConfiguration configuration, TimeProvider clock, ILogger<DemoEnforcementSeeder> log) : IStartupSeeder
{
    public int Order => 96;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<EnforcementDecision>().AnyAsync(ct))
        {
            return;
        }

        var organ = await services.GetRequiredService<OrganizationDirectory>().FindActiveAsync(DemoData.CaseOrgan, ct);
        if (organ is null || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Editor) is not { } editor
            || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Reviewer) is not { } reviewer)
        {
            return;
        }

        var today = ChinaTime.Today(clock);
        var year = today.Year;
        string Day(int daysAgo) => today.AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var m = DemoData.Marker;
        IReadOnlyList<IReadOnlyList<string?>> cells =
        [
            [EnforcementColumns.Category, EnforcementColumns.DocumentNumber, EnforcementColumns.PartyKind, EnforcementColumns.PartyName,
                EnforcementColumns.CreditCode, EnforcementColumns.IdNumber, EnforcementColumns.Matter, EnforcementColumns.Facts,
                EnforcementColumns.Basis, EnforcementColumns.Result, EnforcementColumns.DecidedOn],
            ["行政处罚", $"江津财罚〔{year}〕901号", "法人", "重庆某某会计服务有限公司", CreditCodeFor(1), null, m + "未经批准从事代理记账业务",
                "未取得代理记账许可证从事代理记账业务", "《代理记账管理办法》第二十九条", "警告，罚款5000元", Day(30)],
            ["行政处罚", $"江津财罚〔{year}〕902号", "自然人", "张三", null, IdNumber("50011619850312123"), m + "伪造会计凭证",
                "伪造会计凭证，编制虚假财务会计报告", "《中华人民共和国会计法》第四十一条", "罚款3000元", Day(20)],
            ["行政处罚", $"江津财罚〔{year}〕903号", "法人", "重庆某某建材有限公司", CreditCodeFor(2), null, m + "政府采购中提供虚假材料",
                "参加政府采购活动时提供虚假材料谋取中标", "《中华人民共和国政府采购法》第七十七条", "罚款10000元，列入不良行为记录名单", Day(2)],
        ];
        var (rows, error) = EnforcementDecisionReader.Read(cells, today);
        if (error is not null || rows.Any(r => !r.Ok))
        {
            log.LogWarning("示例数据：执法决定未能读入：{Error}", error ?? string.Join("；", rows.SelectMany(r => r.Errors)));
            return;
        }

        List<int> saved;
        await using (var actor = DemoAccounts.ActAs(services, editor))
        {
            var result = await actor.Services.GetRequiredService<EnforcementService>().ImportAsync(organ.Id, rows, dryRun: false, ct);
            saved = result.Saved.OrderBy(d => d.DecidedOn).Select(d => d.Id).ToList();
        }

        await using (var actor = DemoAccounts.ActAs(services, reviewer))
        {
            var scopeDb = actor.Services.GetRequiredService<GongkaiDbContext>();
            var service = actor.Services.GetRequiredService<EnforcementService>();
            // The two older decisions are published (the second one late); the newest is still within its 7 working days.
            foreach (var id in saved.Take(2))
            {
                var decision = await scopeDb.Set<EnforcementDecision>().FirstAsync(d => d.Id == id, ct);
                if (await service.PublishAsync(decision, null, ct) is { } refused)
                {
                    log.LogWarning("示例数据：执法决定未能公开：{Error}", refused);
                }
            }
        }
    }

    private static string CreditCodeFor(int seed)
    {
        var org8 = "MA" + (900000 + seed).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = "91500116" + org8 + CreditCode.ComputeOrganizationCodeCheck(org8);
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }

    private static string IdNumber(string first17) => first17 + Domain.Privacy.ResidentIdNumber.ComputeCheckCharacter(first17);
}

/// <summary>Removes the demo decisions: matter marked 【示例】 and entered by a demo account.</summary>
public sealed class DemoEnforcementOwner : IDemoDataOwner
{
    public string Kind => "行政执法决定";

    public int RemovalOrder => 40;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<EnforcementDecision>()
            .Where(d => d.Matter.StartsWith(DemoData.Marker) && d.CreatedBy.StartsWith(DemoData.AccountPrefix))
            .ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
