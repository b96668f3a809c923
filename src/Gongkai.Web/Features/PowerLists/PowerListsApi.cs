using System.Text.Json;
using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists;

/// <summary><c>/api/v1/power-lists</c>.
/// <para><c>POST /{organizationId}/import?dryRun=</c> (editor of the organ): a multipart <c>file</c>
/// (.xlsx/.csv) or a JSON array of items; answers <c>{imported, failed, rows: [{row, ok, errors}]}</c>,
/// 422 with nothing saved when any row fails; saved items await a reviewer (<c>batchId</c>).</para>
/// <para><c>GET ?organization=&amp;type=&amp;q=&amp;page=&amp;pageSize=&amp;includeCancelled=</c> (anonymous): the current lists.</para>
/// <para><c>POST|GET /{organizationId}/adjustments</c>: submit an adjustment (editor) / the approved 调整记录 (anonymous).</para>
/// <para><c>GET /{organizationId}/batches</c>, <c>POST /{organizationId}/batches/{id}/approve|reject</c>: review.</para></summary>
public static class PowerListsApi
{
    public const int MaxPageSize = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapPowerListsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/power-lists");

        api.MapPost("/{organizationId:int}/import", async (int organizationId, HttpRequest request, PowerListAccess access, PowerListService service, CancellationToken ct) =>
        {
            if (await Refused(organizationId, access, ct) is { } refused)
            {
                return refused;
            }

            var dryRun = false;
            if (request.Query["dryRun"] is { Count: > 0 } values && !bool.TryParse(values[0], out dryRun))
            {
                return Problems.BadRequest("参数 dryRun 的值应为 true 或 false。");
            }

            var (rows, error) = await ReadRowsAsync(request, ct);
            if (rows is null)
            {
                return Problems.Unprocessable(error!);
            }

            var result = await service.ImportAsync(organizationId, rows, dryRun, ct);
            var body = new
            {
                imported = result.Imported,
                failed = result.Failed,
                saved = result.BatchId is not null,
                batchId = result.BatchId,
                rows = result.Rows.Select(r => new { row = r.Row, ok = r.Ok, errors = r.Errors }),
            };
            return Results.Json(body, statusCode: result.Failed > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        }).RequireAuthorization(Policies.Staff).DisableAntiforgery().WithSummary("导入本机关权责清单（Excel/CSV 或 JSON；dryRun 只检查不保存）");

        api.MapGet("/", async (HttpRequest request, GongkaiDbContext db, PowerListService service, OrganizationDirectory organs, CancellationToken ct) =>
        {
            var query = request.Query;
            var items = db.Set<PowerItem>().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query["organization"]))
            {
                var organ = await organs.FindActiveAsync(query["organization"], ct);
                if (organ is null)
                {
                    return Problems.NotFound($"没有名为“{query["organization"]}”的机关。");
                }

                items = items.Where(i => i.OrganizationId == organ.Id);
            }

            var includeCancelled = bool.TryParse(query["includeCancelled"], out var all) && all;
            items = includeCancelled ? items.Where(i => i.Status == PowerItemStatus.Published) : items.CurrentOn(service.Today);
            items = items.Matching(query["q"]);
            var counts = await items.GroupBy(i => i.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            PowerType? typeFilter = null;
            if (!string.IsNullOrWhiteSpace(query["type"]))
            {
                if (PowerTypes.Parse(query["type"]) is not { } type)
                {
                    return Problems.BadRequest($"type 应为 {PowerTypes.NameList} 之一，或其代码（licence、penalty……）。");
                }

                items = items.Where(i => i.Type == type);
                typeFilter = type;
            }

            var page = Math.Max(1, int.TryParse(query["page"], out var p) ? p : 1);
            var pageSize = Math.Clamp(int.TryParse(query["pageSize"], out var s) ? s : 20, 1, MaxPageSize);
            // The counts per type already hold the total; the page is read in the order of the
            // district index (IX_PowerItem_District), as /qzqd reads it, so no query sorts.
            var total = counts.Where(c => typeFilter is null || c.Key == typeFilter).Sum(c => c.Count);
            var rows = await items.OrderBy(i => i.Type).ThenBy(i => i.OrganizationId).ThenBy(i => i.Code)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Join(db.Set<Organization>(), i => i.OrganizationId, o => o.Id, (i, o) => new { Item = i, Organ = o.Name })
                .ToListAsync(ct);
            return Results.Ok(new
            {
                total,
                page,
                pageSize,
                items = rows.Select(r => new
                {
                    id = r.Item.Id,
                    code = r.Item.Code,
                    name = r.Item.Name,
                    subItem = r.Item.SubItem,
                    type = PowerTypes.Code(r.Item.Type),
                    typeName = PowerTypes.Name(r.Item.Type),
                    organization = r.Organ,
                    organizationId = r.Item.OrganizationId,
                    basis = r.Item.Basis,
                    endsOn = r.Item.EndsOn,
                    url = PowerListUrls.Item(r.Item.OrganizationId, r.Item.Id),
                }),
                counts = counts.OrderBy(c => c.Key).ToDictionary(c => PowerTypes.Code(c.Key), c => c.Count),
            });
        }).AllowAnonymous().WithSummary("查询全区现行权责清单事项（按机关、权力类型、名称或编码）");

        api.MapPost("/{organizationId:int}/adjustments", async (int organizationId, PowerAdjustmentInput body, PowerListAccess access, PowerListService service, CancellationToken ct) =>
        {
            if (await Refused(organizationId, access, ct) is { } refused)
            {
                return refused;
            }

            var (batchId, error) = await service.AdjustAsync(organizationId, body, ct);
            return error is not null ? Problems.Unprocessable(error) : Results.Accepted(null, new { batchId, status = "pending" });
        }).RequireAuthorization(Policies.Staff).WithSummary("登记权责清单动态调整（新增、取消、调整、下放/承接）");

        api.MapGet("/{organizationId:int}/adjustments", async (int organizationId, GongkaiDbContext db, CancellationToken ct) =>
        {
            var rows = await PowerListHistory.ForOrganAsync(db, organizationId, ct);
            return Results.Ok(rows.Select(r => new
            {
                id = r.Adjustment.Id,
                kind = PowerAdjustmentKinds.Code(r.Adjustment.Kind),
                kindName = r.KindName,
                code = r.Code,
                name = r.Name,
                effectiveOn = r.Adjustment.EffectiveOn,
                basis = r.Adjustment.Basis,
                note = r.Adjustment.Note,
                changes = r.Adjustment.Changes,
                otherOrganization = r.OtherOrgan,
                url = PowerListUrls.Item(r.Adjustment.OrganizationId, r.Adjustment.ItemId),
            }));
        }).AllowAnonymous().WithSummary("本机关权责清单调整记录");

        api.MapGet("/{organizationId:int}/batches", async (int organizationId, PowerListAccess access, GongkaiDbContext db, CancellationToken ct) =>
        {
            if (!await access.CanViewAsync(organizationId, ct))
            {
                return Problems.Forbidden("您不是该机关的工作人员，不能查看其权责清单的审核情况。");
            }

            var batches = await db.Set<PowerListBatch>().AsNoTracking().Where(b => b.OrganizationId == organizationId)
                .OrderByDescending(b => b.Id).Take(100).ToListAsync(ct);
            return Results.Ok(batches.Select(b => new
            {
                id = b.Id,
                kind = b.Kind.ToString(),
                status = b.Status.ToString(),
                summary = b.Summary,
                submittedAt = b.SubmittedAt,
                submittedBy = b.SubmittedBy,
                reviewedAt = b.ReviewedAt,
                reviewedBy = b.ReviewedBy,
                reviewNote = b.ReviewNote,
            }));
        }).RequireAuthorization(Policies.Staff).WithSummary("本机关待审核的权责清单批次");

        api.MapPost("/{organizationId:int}/batches/{id:int}/approve", (int organizationId, int id, PowerReviewInput? body, PowerListAccess access, PowerListService service, CancellationToken ct) =>
            ReviewAsync(organizationId, id, approve: true, body, access, service, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("审核通过一个权责清单批次（通过后公开）");
        api.MapPost("/{organizationId:int}/batches/{id:int}/reject", (int organizationId, int id, PowerReviewInput? body, PowerListAccess access, PowerListService service, CancellationToken ct) =>
            ReviewAsync(organizationId, id, approve: false, body, access, service, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("退回一个权责清单批次");
    }

    private static async Task<IResult> ReviewAsync(int organizationId, int id, bool approve, PowerReviewInput? body, PowerListAccess access, PowerListService service, CancellationToken ct)
    {
        if (!await access.CanReviewAsync(organizationId, ct))
        {
            return Problems.Forbidden("您不是该机关的信息审核人，不能审核其权责清单。");
        }

        var error = await service.ReviewAsync(organizationId, id, approve, body?.Note, ct);
        return error is null ? Results.Ok(new { id, status = approve ? "approved" : "rejected" }) : Problems.Unprocessable(error);
    }

    private static async Task<IResult?> Refused(int organizationId, PowerListAccess access, CancellationToken ct) =>
        await access.CanEditAsync(organizationId, ct) ? null : Problems.Forbidden("您不是该机关的信息编辑，不能修改其权责清单。");

    /// <summary>The rows of an import request: a multipart <c>file</c>, or a JSON array of items.</summary>
    public static async Task<(IReadOnlyList<PowerListRow>? Rows, string? Error)> ReadRowsAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file)
            {
                return (null, "请上传权责清单文件（字段名 file，.xlsx 或 .csv）。");
            }

            var (cells, error) = await SpreadsheetUpload.ReadAsync(file, ct);
            return cells is null ? (null, error) : FromCells(cells);
        }

        List<PowerItemInput?>? items;
        try
        {
            items = await JsonSerializer.DeserializeAsync<List<PowerItemInput?>>(request.Body, Json, ct);
        }
        catch (JsonException)
        {
            return (null, "请求体应为事项数组的 JSON（[{\"code\":…,\"name\":…,\"type\":…,\"basis\":…}]），或以 multipart 上传文件。");
        }

        if (items is null || items.Count == 0)
        {
            return (null, "没有任何事项。");
        }

        if (items.Count > PowerListReader.MaxRows)
        {
            return (null, $"一次最多导入 {PowerListReader.MaxRows:N0} 项。");
        }

        return (PowerListReader.Check(items.Select((item, i) => (i + 1, (item ?? new PowerItemInput()).ToCells())).ToList()), null);
    }

    public static (IReadOnlyList<PowerListRow>? Rows, string? Error) FromFile(byte[] content, string? fileName)
    {
        var (cells, error) = SpreadsheetUpload.Read(content, fileName);
        return cells is null ? (null, error) : FromCells(cells);
    }

    private static (IReadOnlyList<PowerListRow>? Rows, string? Error) FromCells(List<IReadOnlyList<string?>> cells)
    {
        var sheet = PowerListReader.Read(cells);
        return sheet.Error is null ? (sheet.Rows, null) : (null, sheet.Error);
    }
}

public sealed record PowerReviewInput(string? Note);
