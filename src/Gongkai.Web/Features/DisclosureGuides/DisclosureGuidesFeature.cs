using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Gongkai.Web.Shared.Slots;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>政府信息公开指南: one structured guide per organ (Art. 12), public page, Word export, staff editing.</summary>
public static class DisclosureGuidesFeature
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IServiceCollection AddDisclosureGuidesFeature(this IServiceCollection services)
    {
        services.AddSingleton<Data.IStartupSeeder, DemoGuideSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, DemoGuidesOwner>();
        services.AddSlotBlock<Admin.GuideDashboardLineViewComponent>(PageSlot.StaffDashboardOrgan, 10, t => new { organizationId = t.Id, name = t.Key });
        services.AddScoped<DisclosureGuideService>();
        services.AddScoped<Compliance.IComplianceIndicator, GuideUpdatedIndicator>();
        services.AddScoped<GuideHeadingsService>();
        services.AddSingleton<ISearchSource, DisclosureGuideSearchSource>();
        return services;
    }

    public static void MapDisclosureGuidesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/xxgk/{orgId:int}/guide.docx", async (int orgId, GongkaiDbContext db, DisclosureGuideService guides, GuideHeadingsService headings, CancellationToken ct) =>
        {
            var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId && o.IsActive, ct);
            if (organ is null || !OrganizationKinds.HasPlatform(organ.Kind) || await guides.FindAsync(orgId, ct) is not { } guide)
            {
                return Problems.NotFound("该机关尚未发布政府信息公开指南。");
            }

            var updatedOn = DateOnly.FromDateTime(ChinaTime.ToChina(guide.UpdatedAt).DateTime);
            var file = GuideWordDocument.Create(organ.Name, guide, await headings.CurrentAsync(ct), await GuideContactReader.ForAsync(db, organ, ct), updatedOn);
            return Results.File(file, WordType, $"{organ.Name}政府信息公开指南.docx");
        }).CacheOutput(PortalCache.PolicyName);
    }
}
