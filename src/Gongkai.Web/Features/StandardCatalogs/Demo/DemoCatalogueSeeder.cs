using Gongkai.Domain.StandardCatalogs;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs.Demo;

/// <summary>With <c>--demo</c>, while no catalogue row exists: the demo editor imports a few rows of
/// the demo organ's 基层政务公开标准目录 in the first area, through <see cref="CatalogueReader"/> (the
/// same row checks and 公开时限 parsing as an upload) and <see cref="StandardCatalogService"/>, which
/// also records that the organ adopted the area. Contents are marked 【示例】.</summary>
public sealed class DemoCatalogueSeeder(IConfiguration configuration, ILogger<DemoCatalogueSeeder> log) : IStartupSeeder
{
    public int Order => 96;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<CatalogueEntry>().AnyAsync(ct))
        {
            return;
        }

        var organ = await services.GetRequiredService<OrganizationDirectory>().FindActiveAsync(DemoData.CaseOrgan, ct);
        var area = await db.Set<CatalogueArea>().AsNoTracking().OrderBy(a => a.Number).FirstOrDefaultAsync(ct);
        if (organ is null || area is null || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Editor) is not { } editor)
        {
            return;
        }

        var m = DemoData.Marker;
        CatalogueRowInput[] inputs =
        [
            new() { Level1 = "财政预决算", Level2 = "部门预算", Content = m + "部门预算报表及说明", Basis = "《中华人民共和国预算法》第十四条", TimeLimit = "批复后20日内", Subject = organ.Name, Channels = "■政府网站 □两微一端 ■公示栏", Audience = "全社会", Mode = "主动", Level = "区级" },
            new() { Level1 = "财政预决算", Level2 = "部门决算", Content = m + "部门决算报表及说明", Basis = "《中华人民共和国预算法》第十四条", TimeLimit = "批复后20日内", Subject = organ.Name, Channels = "政府网站", Audience = "全社会", Mode = "主动", Level = "区级" },
            new() { Level1 = "政府采购", Level2 = "采购结果", Content = m + "中标（成交）结果公告", Basis = "《中华人民共和国政府采购法实施条例》第四十三条", TimeLimit = "自信息形成或者变更之日起20个工作日内", Subject = organ.Name, Channels = "政府网站", Audience = "全社会", Mode = "主动", Level = "区级" },
        ];
        var rows = inputs.Select((input, i) => CatalogueReader.Check(i + 1, input)).ToList();
        await using var actor = DemoAccounts.ActAs(services, editor);
        var result = await actor.Services.GetRequiredService<StandardCatalogService>().ImportAsync(organ.Id, area, rows, dryRun: false, ct);
        if (!result.Saved)
        {
            log.LogWarning("示例数据：标准目录未能导入：{Errors}", string.Join("；", rows.SelectMany(r => r.Errors)));
        }
    }
}

/// <summary>Removes the demo catalogue rows (content marked 【示例】; a row keeps no author, and only
/// <see cref="DemoCatalogueSeeder"/> writes the marker there), and an organ's adoption of an area
/// that no row of the organ is left in.</summary>
public sealed class DemoCatalogueOwner : IDemoDataOwner
{
    public string Kind => "标准目录事项";

    public int RemovalOrder => 40;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<CatalogueEntry>().Where(e => e.Content!.StartsWith(DemoData.Marker)).ToListAsync(ct);
        var touched = demo.Where(e => e.OrganizationId != null).Select(e => (Organization: e.OrganizationId!.Value, e.AreaId)).Distinct().ToList();
        db.RemoveRange(demo);
        await db.SaveChangesAsync(ct);
        foreach (var (organization, areaId) in touched)
        {
            if (!await db.Set<CatalogueEntry>().AnyAsync(e => e.OrganizationId == organization && e.AreaId == areaId, ct))
            {
                db.RemoveRange(await db.Set<CatalogueAdoption>().Where(a => a.OrganizationId == organization && a.AreaId == areaId).ToListAsync(ct));
            }
        }

        return demo.Count;
    }
}
