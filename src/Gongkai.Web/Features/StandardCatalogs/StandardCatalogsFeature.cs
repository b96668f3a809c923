using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Portal;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>基层政务公开标准目录: the 26 areas, the district office's template per area, each organ's
/// adopted areas and its own catalogue rows (imported and exported in the published layout), public
/// per organ (/xxgk/{orgId}/bzml) and district-wide (/bzml). Proactive website rows set the
/// publication limit of the column they map to and feed the overview.</summary>
public static class StandardCatalogsFeature
{
    public static IServiceCollection AddStandardCatalogsFeature(this IServiceCollection services)
    {
        services.AddScoped<StandardCatalogAccess>();
        services.AddScoped<StandardCatalogService>();
        services.AddSingleton<StandardCatalogCache>();
        services.AddOutputCache(o => o.AddFeaturePortalPolicy(StandardCatalogCache.PolicyName, StandardCatalogCache.Tag, "page"));
        services.AddPortalEntry(PortalSection.Publishing, "基层政务公开标准目录", "/bzml", "26个试点领域的标准目录，以及各部门、镇街采用的目录", 10);
        services.AddScoped<IColumnTimeLimits, CatalogueColumnTimeLimits>();
        services.AddScoped<IComplianceIndicator, CatalogueComplianceIndicator>();
        services.AddSingleton<IStartupSeeder, CatalogueAreaSeeder>();
        services.AddSingleton<IStartupSeeder, Demo.DemoCatalogueSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoCatalogueOwner>();
        return services;
    }

    public static void MapStandardCatalogsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapStandardCatalogsApi();
        app.MapGet("/xxgk/{orgId:int}/bzml.xlsx", async (int orgId, string? area, GongkaiDbContext db, ColumnTree tree, StandardCatalogService service, CancellationToken ct) =>
        {
            if (await PortalOrgan.FindAsync(tree, orgId, ct) is not { } found || await service.ResolveAreaAsync(area, ct) is not { } a
                || !await db.Set<CatalogueAdoption>().AnyAsync(x => x.OrganizationId == orgId && x.AreaId == a.Id, ct))
            {
                return Results.NotFound();
            }

            var rows = await db.Set<CatalogueEntry>().AsNoTracking().Where(e => e.OrganizationId == orgId && e.AreaId == a.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
            var title = $"{found.Organ.Name}{a.Name}领域基层政务公开标准目录";
            return Results.File(CatalogueWorkbook.Write(title, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", title + ".xlsx");
        }).AllowAnonymous();
    }
}
