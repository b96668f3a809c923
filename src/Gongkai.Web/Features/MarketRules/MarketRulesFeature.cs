using Gongkai.Web.Data;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;
using Gongkai.Web.Shared.Files;

namespace Gongkai.Web.Features.MarketRules;

/// <summary>市场监管规则和标准: a library of regulatory rules and standards for market entities,
/// kept by any organ that issues or applies them (/admin/market-rules), public at /scgz by industry
/// and in site search (kind <c>marketRule</c>).</summary>
public static class MarketRulesFeature
{
    public static IServiceCollection AddMarketRulesFeature(this IServiceCollection services)
    {
        services.AddScoped<MarketRuleService>();
        services.AddSingleton<MarketRuleCache>();
        services.AddOutputCache(o => o.AddFeaturePortalPolicy(MarketRuleCache.PolicyName, MarketRuleCache.Tag, "industry", "validity", "q", "page"));
        services.AddPortalEntry(PortalSection.Services, "市场监管规则", "/scgz", "面向市场主体的监管规则和标准，按行业查阅", 24);
        services.AddSingleton<ISearchSource, MarketRuleSearchSource>();
        return services;
    }

    public static void MapMarketRulesEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/scgz/{id:int}/files/{fileId:int}", async (int id, int fileId, GongkaiDbContext db, IFileStore store, CancellationToken ct) =>
        {
            var a = await db.Set<MarketRuleAttachment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == fileId && x.RuleId == id, ct);
            return a is null || await store.OpenReadAsync(a.StoredName, ct) is not { } stream
                ? Results.NotFound()
                : Results.File(stream, a.ContentType, a.FileName);
        }).AllowAnonymous().ExcludeFromDescription();
}
