using Gongkai.Web.Data;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Gongkai.Web.Shared.Slots;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>机构职能: each organ's structured, reviewed and versioned Art. 20(二) record,
/// shown on its 机关职能 column, read by its 指南, and compiled into the district 机构职能目录 (/jgznml).</summary>
public static class OrganizationFunctionsFeature
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IServiceCollection AddOrganizationFunctionsFeature(this IServiceCollection services)
    {
        services.AddScoped<OrganizationFunctionsService>();
        // The organ's published record heads its Art. 20(二) 机关职能 column on its platform.
        services.AddSlotBlock<Portal.FunctionsBlockViewComponent>(PageSlot.ColumnHead, 10,
            t => t.Key == Portal.FunctionsBlockViewComponent.ColumnKey ? new { organizationId = t.Id } : null);
        services.AddPortalEntry(PortalSection.Services, "机构职能", "/jgznml", "各机关的职能、内设机构和联系方式", 30);
        return services;
    }

    public static void MapOrganizationFunctionsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapOrganizationFunctionsApi();
        app.MapGet("/jgznml.docx", async (GongkaiDbContext db, IOptions<GongkaiOptions> options, CancellationToken ct) =>
        {
            var groups = await FunctionsCatalogue.LoadAsync(db, ct);
            var updated = FunctionsCatalogue.UpdatedAt(groups);
            var title = CatalogueTitle(options.Value.Site);
            var file = FunctionsCatalogueWordDocument.Create(title, groups, updated is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : null);
            return Results.File(file, WordType, $"{title}.docx");
        }).CacheOutput(PortalCache.PolicyName);
    }

    /// <summary>“重庆市江津区机构职能目录”: the district's name is the site's, less 人民政府.</summary>
    public static string CatalogueTitle(SiteOptions site) =>
        (site.Name.EndsWith("人民政府", StringComparison.Ordinal) ? site.Name[..^4] : site.Name) + "机构职能目录";
}
