using Gongkai.Web.Data;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Search;

/// <summary>Full-text search over everything public (Article 24): the index, the change feed that
/// keeps it current, the results page, the public API and the rebuild command.</summary>
public static class SearchFeature
{
    public const string RebuildCommand = "--rebuild-search-index";

    public static IServiceCollection AddSearchFeature(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndexStore>();
        services.AddSingleton<SearchIndex>();
        services.AddPortalEntry(PortalSection.Services, "信息检索", "/search", "按关键词、机关、时间检索全站信息", 40);
        services.AddSingleton<SearchSignal>();
        // One line per kind of public item; search code does not change when one is added.
        services.AddSingleton<ISearchSource, PublicationSearchSource>();
        services.AddSingleton<ISearchSource, OrganizationSearchSource>();
        services.AddSingleton<SearchChangeInterceptor>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexer>());
        services.AddSingleton<IReadinessCheck, SearchReadiness>();
        services.ConfigureDatabaseOptions((sp, o) => o.AddInterceptors(sp.GetRequiredService<SearchChangeInterceptor>()));
        return services;
    }

    public static void MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", (HttpContext http, SearchIndex index, TimeProvider clock, ILoggerFactory logs) =>
        {
            var request = SearchRequestReader.Read(http.Request.Query, out var problems);
            var result = index.Search(request, clock.GetUtcNow());
            var notices = problems.Concat(result.Notice is null ? [] : [result.Notice]).ToList();
            if (notices.Count > 0)
            {
                logs.CreateLogger("Gongkai.Search").LogInformation("Search request adjusted: {Notices}", string.Join(" ", notices));
            }

            return Results.Ok(new
            {
                total = result.Total,
                // A very broad query's total and facet counts are estimates (its items are exact).
                totalIsEstimate = result.Estimated,
                page = result.Page,
                pageSize = result.PageSize,
                items = result.Hits.Select(h => new
                {
                    id = h.Id,
                    kind = h.Kind,
                    title = h.Title,
                    url = h.Url,
                    snippet = h.Snippet,
                    publishedOn = h.PublishedAt is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime).ToString("yyyy-MM-dd") : null,
                    organization = h.Organization,
                    documentNumber = h.DocumentNumber,
                }),
                facets = result.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, label = v.Label, count = v.Count })),
                notices,
            });
        }).WithSummary("全文检索已公开的政府信息、机构和公开指南").AllowAnonymous();

        // For operators comparing the nodes of a cluster (each keeps its own index): what this node's
        // index holds and how far into the change feed it is. Behind the same policy as /admin/search.
        app.MapGet("/api/v1/search/index", (SearchIndexStore store) =>
        {
            var keys = store.Keys();
            return Results.Ok(new { count = keys.Count, appliedThrough = store.AppliedThrough, checkpoint = store.Checkpoint, keys });
        }).WithSummary("本节点检索索引中的全部文档（类型:编号）及其在变更队列中的位置（系统管理员）").RequireAuthorization(Policies.SystemAdmin);
    }

    /// <summary>The command-line rebuild: <c>dotnet run --project src/Gongkai.Web -- --rebuild-search-index</c>.
    /// Safe beside a running server, which switches to the new index within seconds.</summary>
    public static async Task<int> RunRebuildCommandAsync(IServiceProvider services)
    {
        var count = await services.GetRequiredService<SearchIndexer>().RebuildAsync(CancellationToken.None, goLive: false);
        Console.WriteLine($"[Gongkai] 检索索引已重建：{count} 条。");
        return 0;
    }
}
