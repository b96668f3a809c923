using Gongkai.Domain.PowerLists;
using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ServiceGuides.Demo;

/// <summary>With <c>--demo</c>, while no service guide exists: the demo editor writes one complete
/// 办事指南 of the demo organ and submits it (<see cref="ServiceGuideService"/> runs the required-element
/// and vague-phrase checks), and the demo reviewer approves it, so it is public at <c>/bszn</c>.
/// The name is marked 【示例】.</summary>
public sealed class DemoServiceGuideSeeder(IConfiguration configuration, ILogger<DemoServiceGuideSeeder> log) : IStartupSeeder
{
    public int Order => 96;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<ServiceGuide>().AnyAsync(ct))
        {
            return;
        }

        var organ = await services.GetRequiredService<OrganizationDirectory>().FindActiveAsync(DemoData.CaseOrgan, ct);
        if (organ is null || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Editor) is not { } editor
            || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Reviewer) is not { } reviewer)
        {
            return;
        }

        var draft = new ServiceGuideDraft
        {
            Name = DemoData.Marker + "代理记账资格审批",
            Code = "115090000001",
            Type = PowerType.Licence,
            Basis = "《中华人民共和国会计法》第三十六条；《代理记账管理办法》第三条",
            Implementer = organ.Name,
            HandlingUnit = "会计科",
            Theme = ServiceTheme.Legal,
            Applicants = "申请从事代理记账业务的机构",
            Conditions = "为依法设立的企业；专职从业人员不少于3名；主管代理记账业务的负责人具有会计师以上专业技术职务资格；有健全的代理记账业务内部规范。",
            Materials =
            [
                new MaterialDraft { Name = "代理记账资格申请表", Form = MaterialForm.Original, Copies = 1, Medium = MaterialMedium.PaperOrElectronic, Source = "申请人自备（窗口领取或网上下载）" },
                new MaterialDraft { Name = "专职从业人员在本机构专职从业的书面承诺", Form = MaterialForm.Original, Copies = 1, Medium = MaterialMedium.Paper, Source = "申请人自备" },
            ],
            Steps = ["申请：窗口或重庆市政务服务网提交材料", "受理：材料齐全当场受理", "审查：会计科审查", "决定：准予许可，发放代理记账许可证书"],
            LegalTimeLimit = 10,
            PromisedTimeLimit = 5,
            Charged = false,
            Location = "江津区行政服务中心三楼财政窗口（示例地址）",
            Hours = "工作日上午9:00-12:00，下午13:30-17:00（法定节假日除外）",
            Visits = 0,
            Online = true,
            OnlineUrl = "https://zwykb.cq.gov.cn/",
            Result = "代理记账许可证书",
            ConsultPhone = "023-47520000",
            ComplaintPhone = "023-12345",
            Faq = "问：可以网上办理吗？答：可以，全程网办。（演示用示例）",
        };
        int? id;
        await using (var actor = DemoAccounts.ActAs(services, editor))
        {
            var (created, problems) = await actor.Services.GetRequiredService<ServiceGuideService>().CreateAndSubmitAsync(organ.Id, draft, ct);
            id = created;
            if (problems.Count > 0)
            {
                log.LogWarning("示例数据：办事指南未能提交：{Problems}", string.Join("；", problems.Select(p => p.Message)));
            }
        }

        if (id is { } guide)
        {
            await using var actor = DemoAccounts.ActAs(services, reviewer);
            if (await actor.Services.GetRequiredService<ServiceGuideService>().ReviewAsync(organ.Id, guide, approve: true, DemoData.Actor, ct) is { } error)
            {
                log.LogWarning("示例数据：办事指南未能审核通过：{Error}", error);
            }
        }
    }
}

/// <summary>Removes the demo service guides: name marked 【示例】, submitted by a demo account.</summary>
public sealed class DemoServiceGuidesOwner : IDemoDataOwner
{
    public string Kind => "办事指南";

    public int RemovalOrder => 40;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<ServiceGuide>()
            .Where(g => g.Name.StartsWith(DemoData.Marker) && g.SubmittedBy!.StartsWith(DemoData.AccountPrefix))
            .ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
