using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Gongkai.Web.Shared.Slots;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>权责清单: every organ's list of powers and public services, imported from
/// the spreadsheets organs keep, reviewed, kept current by dated adjustments, published per organ
/// (/xxgk/{orgId}/power-list) and district-wide (/qzqd), and searchable.</summary>
public static class PowerListsFeature
{
    public static IServiceCollection AddPowerListsFeature(this IServiceCollection services)
    {
        services.AddSingleton<Data.IStartupSeeder, Demo.DemoPowerListSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoPowerListOwner>();
        services.AddScoped<PowerListAccess>();
        services.AddScoped<PowerListService>();
        // The organ's 权责清单 is part of what Art. 20(二) 机关职能 asks it to publish: linked from that column.
        services.AddSlotBlock<PowerListLinkViewComponent>(PageSlot.ColumnHead, 20,
            t => t.Key == PowerListUrls.FunctionsColumnKey ? new { organizationId = t.Id } : null);
        services.AddPortalEntry(PortalSection.Services, "权责清单", "/qzqd", "各部门、镇街的行政权力和责任事项", 20);
        services.AddScoped<Compliance.IComplianceIndicator, PowerListUpdatedIndicator>();
        services.AddSingleton<PowerListCache>();
        services.AddSingleton<ISearchSource, PowerItemSearchSource>();
        services.AddMemoryCache();
        services.AddOutputCache(o => o.AddPolicy(PowerListCache.PolicyName, b => b
            .AddPolicy<PortalCachePolicy>()
            // The filters these pages read; anything else in the query string does not vary the entry.
            .SetVaryByQuery("page", "type", "q", "organization")
            .VaryByValue(c => new("lt", c.Request.Cookies[SiteChrome.LargeTextCookie] == "1" ? "1" : "0"))
            .Tag(PowerListCache.DistrictTag)
            .Expire(PortalCache.MaxAge)));
        return services;
    }

    public static void MapPowerListsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPowerListsApi();
        app.MapPowerListDownloads();
    }
}
