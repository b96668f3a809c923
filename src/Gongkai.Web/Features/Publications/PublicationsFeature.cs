using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Features.Publications.Checks;
using Gongkai.Web.Features.Publications.Feeds;
using Gongkai.Web.Features.Publications.Portal;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>The disclosure platform (政府信息公开平台, 61号): columns per organ, 三审三校 review,
/// public pages under /xxgk and the read-only public API.</summary>
public static class PublicationsFeature
{
    public static IServiceCollection AddPublicationsFeature(this IServiceCollection services)
    {
        services.AddSingleton<PublicationHtml>();
        services.AddScoped<PublicationAccess>();
        services.AddScoped<PublicationService>();
        services.AddScoped<Shared.Caching.IScheduledRelease, ScheduledPublications>();
        services.AddScoped<IndexNumberIssuer>();
        services.AddScoped<Import.PublicationImporter>();
        services.AddScoped<ColumnTree>();
        services.AddSingleton<PublicPageReads>();
        services.AddScoped<StatutoryColumns>();
        services.AddScoped<PublicationChecks>();
        services.AddScoped<Related.RelatedItems>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<PublicationTimeliness>();
        services.AddScoped<PublicationTimeLimits>();
        services.AddOptions<ColumnFreshnessOptions>().BindConfiguration(ColumnFreshnessOptions.Section);
        services.AddScoped<StatutoryColumnFacts>();
        services.AddScoped<Compliance.IComplianceIndicator, EmptyStatutoryColumnsIndicator>();
        services.AddScoped<Compliance.IComplianceIndicator, StaleStatutoryColumnsIndicator>();
        services.AddScoped<Compliance.IComplianceIndicator, LateItemsIndicator>();
        services.AddSingleton<AttachmentTextExtractor>();
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section);
        services.AddTransient<AttachmentUploadLimitFilter>();
        services.AddPortalCaching();
        services.AddSingleton<IStartupSeeder, ColumnSeeder>();
        services.AddSingleton<IStartupSeeder, Demo.DemoSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoPublicationsOwner>();
        return services;
    }

    public static void MapPublicationsEndpoints(this IEndpointRouteBuilder app)
    {
        // Downloads: the public only for items it may see now, staff through PublicationAccess.
        app.MapGet("/xxgk/{orgId:int}/item/{id:int}/files/{fileId:int}", async (int orgId, int id, int fileId, AttachmentService files, CancellationToken ct) =>
            await files.FindPublicAsync(orgId, id, fileId, ct) is { } a ? await files.DownloadAsync(a, ct) : Shared.Problems.NotFound("未找到该附件，或该信息已撤回。"))
            .AllowAnonymous();
        app.MapGet("/admin/publications/{id:int}/files/{fileId:int}", async (int id, int fileId, AttachmentService files, CancellationToken ct) =>
            await files.FindForStaffAsync(id, fileId, ct) is { } a ? await files.DownloadAsync(a, ct) : Shared.Problems.NotFound("未找到该附件。"))
            .RequireAuthorization(Policies.Staff);

        app.MapFeeds();
        app.MapSitemap();
        var api = app.MapGroup("/api/v1/publications").AllowAnonymous();

        api.MapGet("/", async (int? org, string? column, int? page, GongkaiDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var pageNumber = Math.Max(1, page ?? 1);
            var query = db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow());
            if (org is { } orgId)
            {
                query = query.Where(p => p.OrganizationId == orgId);
            }

            if (!string.IsNullOrEmpty(column))
            {
                var columnIds = db.Set<PublicationColumn>().Where(c => c.Key == column && (org == null || c.OrganizationId == org)).Select(c => c.Id);
                query = query.Where(p => columnIds.Contains(p.ColumnId));
            }

            var total = await query.CountAsync(ct);
            var rows = await query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Skip((pageNumber - 1) * PublicItems.PageSize).Take(PublicItems.PageSize)
                .Join(db.Set<PublicationColumn>(), p => p.ColumnId, c => c.Id, (p, c) => new { p, c.Key })
                .ToListAsync(ct);
            return Results.Ok(new
            {
                page = pageNumber,
                pageSize = PublicItems.PageSize,
                total,
                items = rows.Select(r => Summary(r.p, r.Key)),
            });
        }).WithSummary("分页列出已公开的政府信息，可按机关和栏目筛选");

        api.MapGet("/{id:int}", async (int id, GongkaiDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            // A staff token sees the item as staff do (drafts included) when its organ is theirs to see.
            if (http.User.Identity?.IsAuthenticated == true)
            {
                var service = http.RequestServices.GetRequiredService<PublicationService>();
                if (await service.FindAsync(id, ct) is { } staffItem)
                {
                    return Results.Ok(await PublicationsApi.StaffViewAsync(staffItem, service, http, ct));
                }
            }

            var p = await db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow()).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null)
            {
                return Shared.Problems.NotFound("未找到该信息，或该信息已撤回。");
            }

            var columnKey = await db.Set<PublicationColumn>().Where(c => c.Id == p.ColumnId).Select(c => c.Key).FirstAsync(ct);
            var publisher = await db.Set<Organization>().Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstAsync(ct);
            return Results.Ok(new
            {
                item = Summary(p, columnKey),
                publisher,
                summary = p.Summary,
                bodyHtml = p.BodyHtml,
                revisionNote = p.RevisionNote,
                correctedAt = p.CorrectedAt,
            });
        }).WithSummary("读取一条政府信息（工作人员令牌可见本机关草稿）");

        app.MapPublicationsWriteApi();
    }

    private static object Summary(Publication p, string columnKey) => new
    {
        id = p.Id,
        organizationId = p.OrganizationId,
        column = columnKey,
        title = p.Title,
        indexNumber = p.IndexNumber,
        documentNumber = p.DocumentNumber,
        topic = p.Topic,
        genre = p.Genre,
        validity = PublicationLabels.Of(p.Validity),
        signedOn = p.SignedOn,
        formedOn = p.FormedOn,
        publishedAt = p.Status == Domain.Publications.PublicationStatus.Scheduled ? p.ScheduledFor : p.PublishedAt,
        url = $"/xxgk/{p.OrganizationId}/item/{p.Id}",
    };
}
