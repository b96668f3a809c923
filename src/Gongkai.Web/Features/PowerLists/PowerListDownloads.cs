using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>The current lists as Excel, in the import layout (<see cref="PowerListExport"/>):
/// <c>/xxgk/{orgId}/power-list.xlsx</c> and <c>/qzqd.xlsx?organization=&amp;type=&amp;q=</c>.</summary>
public static class PowerListDownloads
{
    public static void MapPowerListDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/xxgk/{orgId:int}/power-list.xlsx", async (int orgId, HttpRequest request, GongkaiDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId && o.IsActive, ct);
            if (organ is null || !OrganizationKinds.HasPlatform(organ.Kind))
            {
                return Problems.NotFound("没有这个机关。");
            }

            var file = await ExportAsync(db, clock, orgId, request.Query["type"], request.Query["q"], withOrgan: false, ct);
            return Results.File(file, PowerListExport.ContentType, $"{organ.Name}权责清单.xlsx");
        }).CacheOutput(PowerListCache.PolicyName);

        app.MapGet(PowerListUrls.District + ".xlsx", async (HttpRequest request, GongkaiDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            int? orgId = int.TryParse(request.Query["organization"], out var id) ? id : null;
            var file = await ExportAsync(db, clock, orgId, request.Query["type"], request.Query["q"], withOrgan: true, ct);
            return Results.File(file, PowerListExport.ContentType, "全区权责清单.xlsx");
        }).CacheOutput(PowerListCache.PolicyName);
    }

    private static async Task<byte[]> ExportAsync(GongkaiDbContext db, TimeProvider clock, int? orgId, string? type, string? q, bool withOrgan, CancellationToken ct)
    {
        var items = db.Set<PowerItem>().AsNoTracking().CurrentOn(ChinaTime.Today(clock)).Matching(q);
        if (orgId is { } id)
        {
            items = items.Where(i => i.OrganizationId == id);
        }

        if (PowerTypes.Parse(type) is { } t)
        {
            items = items.Where(i => i.Type == t);
        }

        var rows = await items
            .Join(db.Set<Organization>().Where(o => o.IsActive), i => i.OrganizationId, o => o.Id, (i, o) => new { Item = i, o.Name, o.SortOrder })
            .OrderBy(x => x.SortOrder).ThenBy(x => x.Item.OrganizationId).ThenBy(x => x.Item.Type).ThenBy(x => x.Item.Code)
            .ToListAsync(ct);
        return PowerListExport.Create(rows.Select(r => (r.Item, r.Name)), withOrgan);
    }
}
