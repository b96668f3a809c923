using System.Text.Json;
using Gongkai.Domain.StandardCatalogs;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary><c>/api/v1/standard-catalogs</c>.
/// <para><c>GET ?organization=&amp;area=</c> (anonymous): the areas with their rows — the district
/// templates, or with <c>organization</c> only the areas that organ adopted, with its own rows.</para>
/// <para><c>POST /{organizationId}/import?area=&amp;dryRun=</c> (editor of the organ) and
/// <c>POST /template/import?area=</c> (district office): a multipart <c>file</c> (.xlsx/.csv in the
/// published layout) or a JSON array of rows; answers every row's errors and warnings, 422 with
/// nothing saved when a row has errors. Warnings (unknown channel, unreadable 公开时限) never stop it.</para>
/// <para><c>PUT /{organizationId}/areas</c> (editor): <c>{"areas":[1,3,…]}</c>, the areas the organ adopts.</para></summary>
public static class StandardCatalogsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapStandardCatalogsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/standard-catalogs");

        api.MapGet("/", async (string? organization, string? area, GongkaiDbContext db, StandardCatalogService service, OrganizationDirectory organs, CancellationToken ct) =>
        {
            var areas = await service.AreasAsync(ct);
            if (!string.IsNullOrWhiteSpace(area))
            {
                if (await service.ResolveAreaAsync(area, ct) is not { } one)
                {
                    return Problems.NotFound($"没有编号或名称为“{area}”的领域。");
                }

                areas = areas.Where(a => a.Id == one.Id).ToList();
            }

            int? organId = null;
            if (!string.IsNullOrWhiteSpace(organization))
            {
                var organ = await organs.FindActiveAsync(organization, ct);
                if (organ is null)
                {
                    return Problems.NotFound($"没有名为“{organization}”的机关。");
                }

                organId = organ.Id;
                var adopted = await db.Set<CatalogueAdoption>().AsNoTracking().Where(a => a.OrganizationId == organ.Id).Select(a => a.AreaId).ToListAsync(ct);
                areas = areas.Where(a => adopted.Contains(a.Id)).ToList();
            }

            var ids = areas.Select(a => a.Id).ToList();
            var rows = await db.Set<CatalogueEntry>().AsNoTracking().Where(e => e.OrganizationId == organId && ids.Contains(e.AreaId))
                .OrderBy(e => e.AreaId).ThenBy(e => e.Sequence).ToListAsync(ct);
            var adopters = await db.Set<CatalogueAdoption>().AsNoTracking().Where(a => ids.Contains(a.AreaId))
                .Join(db.Set<Organization>(), a => a.OrganizationId, o => o.Id, (a, o) => new { a.AreaId, o.Id, o.Name }).ToListAsync(ct);
            return Results.Ok(areas.Select(a => new
            {
                number = a.Number,
                name = a.Name,
                adoptedBy = adopters.Where(x => x.AreaId == a.Id).Select(x => new { organizationId = x.Id, organization = x.Name, url = StandardCatalogUrls.Organ(x.Id) }),
                rows = rows.Where(r => r.AreaId == a.Id).Select(Describe),
            }));
        }).AllowAnonymous().WithSummary("基层政务公开标准目录：各领域及其目录事项（按机关时只含该机关采用的领域）");

        api.MapPost("/{organizationId:int}/import", (int organizationId, HttpRequest request, StandardCatalogAccess access, StandardCatalogService service, CancellationToken ct) =>
            ImportAsync(organizationId, request, access, service, ct))
            .RequireAuthorization(Policies.Staff).DisableAntiforgery().WithSummary("导入本机关某一领域的标准目录（Excel/CSV 或 JSON；dryRun 只检查不保存）");

        api.MapPost("/template/import", (HttpRequest request, StandardCatalogAccess access, StandardCatalogService service, CancellationToken ct) =>
            ImportAsync(null, request, access, service, ct))
            .RequireAuthorization(Policies.Staff).DisableAntiforgery().WithSummary("导入某一领域的区级目录模板（区政府办公室）");

        api.MapPut("/{organizationId:int}/areas", async (int organizationId, AdoptionInput? body, StandardCatalogAccess access, StandardCatalogService service, CancellationToken ct) =>
        {
            if (!await access.CanEditAsync(organizationId, ct))
            {
                return Problems.Forbidden("您不是该机关的信息编辑，不能修改其标准目录。");
            }

            var areas = await service.AreasAsync(ct);
            var wanted = body?.Areas ?? [];
            var unknown = wanted.Where(n => areas.All(a => a.Number != n)).ToList();
            if (unknown.Count > 0)
            {
                return Problems.Unprocessable($"没有编号为 {string.Join("、", unknown)} 的领域（应为 1–{areas.Count}）。");
            }

            await service.AdoptAsync(organizationId, areas.Where(a => wanted.Contains(a.Number)).Select(a => a.Id).ToList(), ct);
            return Results.Ok(new { organizationId, areas = wanted.Distinct().Order() });
        }).RequireAuthorization(Policies.Staff).WithSummary("设置本机关采用的标准目录领域");
    }

    private static async Task<IResult> ImportAsync(int? organizationId, HttpRequest request, StandardCatalogAccess access, StandardCatalogService service, CancellationToken ct)
    {
        if (!await access.CanEditAsync(organizationId, ct))
        {
            return Problems.Forbidden(organizationId is null ? "只有区政府办公室可以修改目录模板。" : "您不是该机关的信息编辑，不能修改其标准目录。");
        }

        var dryRun = false;
        if (request.Query["dryRun"] is { Count: > 0 } values && !bool.TryParse(values[0], out dryRun))
        {
            return Problems.BadRequest("参数 dryRun 的值应为 true 或 false。");
        }

        string? areaText = request.Query["area"];
        IFormCollection? form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        areaText ??= form?["area"];
        if (await service.ResolveAreaAsync(areaText, ct) is not { } area)
        {
            return Problems.Unprocessable(string.IsNullOrWhiteSpace(areaText) ? "请指定领域（area：编号 1–26 或领域名称）。" : $"没有编号或名称为“{areaText}”的领域。");
        }

        var (rows, error) = await ReadRowsAsync(request, form, ct);
        if (rows is null)
        {
            return Problems.Unprocessable(error!);
        }

        var result = await service.ImportAsync(organizationId, area, rows, dryRun, ct);
        var body = new
        {
            area = area.Name,
            imported = result.Imported,
            failed = result.Failed,
            saved = result.Saved,
            warnings = result.Rows.SelectMany(r => r.AllWarnings).ToList(),
            rows = result.Rows.Select(r => new { row = r.Row.Row, ok = r.Row.Ok, errors = r.Row.Errors, warnings = r.AllWarnings, columnId = r.ColumnId }),
        };
        return Results.Json(body, statusCode: result.Failed > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
    }

    /// <summary>The rows of an import request: a multipart <c>file</c>, or a JSON array of rows.</summary>
    public static async Task<(IReadOnlyList<CatalogueRow>? Rows, string? Error)> ReadRowsAsync(HttpRequest request, IFormCollection? form, CancellationToken ct)
    {
        if (form is not null)
        {
            if (form.Files.GetFile("file") is not { } file)
            {
                return (null, "请上传目录文件（字段名 file，.xlsx 或 .csv）。");
            }

            return await FromFileAsync(file, ct);
        }

        List<CatalogueRowInput?>? items;
        try
        {
            items = await JsonSerializer.DeserializeAsync<List<CatalogueRowInput?>>(request.Body, Json, ct);
        }
        catch (JsonException)
        {
            return (null, "请求体应为目录行数组的 JSON（[{\"level1\":…,\"level2\":…,\"timeLimit\":…,\"channels\":…,\"mode\":\"主动\"}]），或以 multipart 上传文件。");
        }

        if (items is null || items.Count == 0)
        {
            return (null, "没有任何目录行。");
        }

        if (items.Count > CatalogueReader.MaxRows)
        {
            return (null, $"一次最多导入 {CatalogueReader.MaxRows:N0} 行。");
        }

        return (items.Select((item, i) => CatalogueReader.Check(i + 1, item ?? new CatalogueRowInput())).ToList(), null);
    }

    /// <summary>An uploaded catalogue (.xlsx or .csv, checked as any untrusted upload) as rows.</summary>
    public static async Task<(IReadOnlyList<CatalogueRow>? Rows, string? Error)> FromFileAsync(IFormFile file, CancellationToken ct)
    {
        var (cells, error) = await SpreadsheetUpload.ReadAsync(file, ct);
        return cells is null ? (null, error) : FromCells(cells);
    }

    public static (IReadOnlyList<CatalogueRow>? Rows, string? Error) FromFile(byte[] content, string? fileName)
    {
        var (cells, error) = SpreadsheetUpload.Read(content, fileName);
        return cells is null ? (null, error) : FromCells(cells);
    }

    private static (IReadOnlyList<CatalogueRow>? Rows, string? Error) FromCells(List<IReadOnlyList<string?>> cells)
    {
        var sheet = CatalogueReader.Read(cells);
        return sheet.Error is null ? (sheet.Rows, null) : (null, sheet.Error);
    }

    private static object Describe(CatalogueEntry e) => new
    {
        sequence = e.Sequence,
        level1 = e.Level1,
        level2 = e.Level2,
        content = e.Content,
        basis = e.Basis,
        timeLimit = e.TimeLimit,
        timeLimitKind = e.TimeLimitKind.ToString(),
        itemWorkingDays = e.ItemWorkingDays,
        subject = e.Subject,
        channels = DisclosureChannels.InOrder.Where(c => e.Channels.HasFlag(c)).Select(DisclosureChannels.Name),
        otherChannels = e.OtherChannels,
        audience = CatalogueTerms.Name(e.Audience),
        mode = CatalogueTerms.Name(e.Mode),
        level = CatalogueTerms.Name(e.Level),
    };
}

public sealed record AdoptionInput(IReadOnlyList<int>? Areas);
