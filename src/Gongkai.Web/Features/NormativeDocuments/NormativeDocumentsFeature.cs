using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>行政规范性文件 library: extensions of disclosure-platform publications, their
/// lifecycle (立改废, 清理), compilations, the public library under /gfxwj and the 发文字号 parser API.</summary>
public static class NormativeDocumentsFeature
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IServiceCollection AddNormativeDocumentsFeature(this IServiceCollection services)
    {
        services.AddOptions<NormativeOptions>().BindConfiguration(NormativeOptions.Section);
        services.AddScoped<IDocumentNumberKeeper, NormativeNumberKeeper>();
        services.AddScoped<NormativeService>();
        services.AddScoped<NormativeLibrary>();
        services.AddScoped<CleanupService>();
        services.AddScoped<CompilationService>();
        services.AddScoped<Import.NormativeImporter>();
        services.AddScoped<Admin.NormativeStaff>();
        services.AddSingleton<IStartupSeeder, Demo.DemoNormativeSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoCompilationsOwner>();
        services.AddHostedService<NormativeValidityJob>();
        services.AddScoped<AnnualReports.IAnnualReportSource, NormativeReportSource>();
        return services;
    }

    public static void MapNormativeDocumentsEndpoints(this IEndpointRouteBuilder app)
    {
        // A pure check of the number's form, for other systems; it reads no data, so it needs no sign-in.
        app.MapGet("/api/v1/document-numbers/parse", (string? value) =>
            DocumentNumber.TryParse(value, out var n, out var error)
                ? Results.Ok(new { prefix = n!.Prefix, year = n.Year, number = n.Number, canonical = n.ToString() })
                : Problems.BadRequest(error!)).WithSummary("解析发文字号（机关代字、年份、序号），返回规范写法")
            .AllowAnonymous();

        // Published counts for the annual report (table 二): public figures, so public.
        app.MapGet("/api/v1/normative-documents/annual-counts", async (int? year, int? org, NormativeLibrary library, TimeProvider clock, CancellationToken ct) =>
        {
            var y = year ?? ChinaTime.Today(clock).Year - 1;
            if (y is < DocumentNumber.MinYear or > DocumentNumber.MaxYear)
            {
                return Problems.BadRequest("年份不正确。");
            }

            return Results.Ok(await library.AnnualCountsAsync(y, org, ct));
        }).WithSummary("某年度规范性文件的制发、废止和现行有效件数（年报表二用）").AllowAnonymous();

        app.MapGet("/gfxwj/compilations/{id:int}.docx", async (int id, CompilationService compilations, GongkaiDbContext db, CancellationToken ct) =>
        {
            if (await compilations.PublicAsync(id, ct) is not { } found)
            {
                return Problems.NotFound("未找到该文件汇编。");
            }

            var pubIds = found.Rows.Select(r => r.PublicationId).ToList();
            var bodies = await db.Set<Publication>().AsNoTracking().Where(p => pubIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.BodyHtml, ct);
            var entries = found.Rows.Select(r => new CompilationWordDocument.Entry(r.Title, r.Document.DocumentNumber, r.Organ, r.State, bodies[r.PublicationId])).ToList();
            var file = CompilationWordDocument.Create(found.Compilation.Title, found.Compilation.Description, entries, found.Compilation.DistrictWide);
            return Results.File(file, WordType, $"{found.Compilation.Title}.docx");
        }).AllowAnonymous();
    }
}
