using System.Text.Json;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>The staff side of <c>/api/v1/publications</c> for other systems (bearer token). Every
/// call goes through <see cref="PublicationService"/> (or the importer), so the permissions and
/// review rules are exactly the UI's: rule broken → 422, someone else acted first → 409,
/// no role → 403, unknown or invisible item → 404, all with a Chinese message.
/// <para><c>POST /import[?mask=true]</c> takes a JSON array of rows (organization, category, title,
/// bodyHtml or bodyText, documentNumber, signedOn, publishedOn, indexNumber, validity) and answers
/// <c>{ imported, failed, rows: [{ row, ok, id, indexNumber } | { row, ok: false, errors }] }</c>.
/// Rows with personal information are refused unless <c>mask=true</c>, which publishes them masked.</para></summary>
public static class PublicationsApi
{
    public static void MapPublicationsWriteApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/publications").RequireAuthorization(Policies.Staff);

        api.MapPost("/", async (PublicationApiInput body, PublicationService service, HttpContext http, CancellationToken ct) =>
        {
            if (body.OrganizationId is not { } orgId)
            {
                return Problems.Unprocessable("请提供机关编号 organizationId。");
            }

            var (input, error) = body.ToInput();
            if (input is null)
            {
                return Problems.Unprocessable(error!);
            }

            return await RunAsync(http, async () =>
            {
                var id = await service.CreateAsync(orgId, input, ct);
                var created = await service.FindAsync(id, ct);
                return Results.Created($"/api/v1/publications/{id}", await StaffViewAsync(created!, service, http, ct));
            });
        }).WithSummary("新建一条政府信息草稿");

        api.MapPut("/{id:int}", (int id, PublicationApiInput body, PublicationService service, HttpContext http, CancellationToken ct) =>
        {
            var (input, error) = body.ToInput();
            return input is null
                ? Task.FromResult(Problems.Unprocessable(error!))
                : ActAsync(id, service, http, p => service.UpdateAsync(p, input, ct), ct);
        }).WithSummary("修改一条政府信息");

        api.MapPost("/{id:int}/submit", (int id, PublicationService service, HttpContext http, CancellationToken ct) =>
            ActAsync(id, service, http, p => service.SubmitAsync(p, ct), ct)).WithSummary("提交政府信息送审");
        api.MapPost("/{id:int}/approve", (int id, PublicationReviewInput? body, PublicationService service, HttpContext http, CancellationToken ct) =>
            ActAsync(id, service, http, p => service.ApproveAsync(p, body?.Comment, ct, body?.OverrideReason, body?.Proofread == true,
                string.Equals(body?.ConfidentialityReview, "passed", StringComparison.OrdinalIgnoreCase)), ct)).WithSummary("审核通过（含本级校对，末级审核需已通过保密审查）并发布政府信息");
        api.MapPost("/{id:int}/confidentiality-review", (int id, PublicationReviewInput? body, PublicationService service, HttpContext http, CancellationToken ct) =>
            body?.Result?.Trim().ToLowerInvariant() is "passed" or "failed"
                ? ActAsync(id, service, http, p => service.ConfidentialityReviewAsync(p, body.Result.Trim().Equals("passed", StringComparison.OrdinalIgnoreCase), body.Comment, ct), ct)
                : Task.FromResult(Problems.Unprocessable("保密审查结果 result 应为 passed（通过）或 failed（不通过）。"))).WithSummary("记录政府信息的保密审查结果");
        api.MapPost("/{id:int}/send-back", (int id, PublicationReviewInput? body, PublicationService service, HttpContext http, CancellationToken ct) =>
            ActAsync(id, service, http, p => service.SendBackAsync(p, body?.Comment, ct), ct)).WithSummary("审核退回政府信息");
        api.MapPost("/{id:int}/withdraw", (int id, PublicationReviewInput? body, PublicationService service, HttpContext http, CancellationToken ct) =>
            ActAsync(id, service, http, p => service.WithdrawAsync(p, body?.Reason ?? body?.Comment, ct), ct)).WithSummary("撤回已发布的政府信息");

        api.MapPost("/import", async (HttpRequest request, PublicationImporter importer, PublicationAccess access, CancellationToken ct) =>
        {
            if (!await access.MayImportAnywhereAsync(ct))
            {
                return Problems.Forbidden("只有机关管理员（本机关）或系统管理员可以批量导入信息。");
            }

            var mask = false;
            if (request.Query["mask"] is { Count: > 0 } maskValues && !bool.TryParse(maskValues[0], out mask))
            {
                return Problems.BadRequest("参数 mask 的值应为 true 或 false。");
            }

            JsonElement array;
            try
            {
                array = (await JsonDocument.ParseAsync(request.Body, cancellationToken: ct)).RootElement;
            }
            catch (JsonException)
            {
                return Problems.BadRequest("请求体不是有效的 JSON，应为由导入行组成的数组。");
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                return Problems.BadRequest("请求体应为 JSON 数组，每个元素是一行待导入的信息。");
            }

            if (array.GetArrayLength() > PublicationImportLimits.MaxRows)
            {
                return Problems.BadRequest(PublicationImportLimits.TooManyRows(array.GetArrayLength()));
            }

            return Results.Ok(await importer.ImportAsync(PublicationImportJson.Read(array), mask, "api", ct));
        }).WithSummary("批量导入政府信息（JSON 数组，可选择遮蔽个人信息）");
    }

    /// <summary>What staff see of an item: its state and, when there is one, the revision being worked on.</summary>
    public static async Task<object> StaffViewAsync(Publication p, PublicationService service, HttpContext http, CancellationToken ct)
    {
        var db = http.RequestServices.GetRequiredService<GongkaiDbContext>();
        var flow = await service.WorkflowAsync(p, ct);
        var keys = await db.Set<PublicationColumn>().Where(c => c.OrganizationId == p.OrganizationId).ToDictionaryAsync(c => c.Id, c => c.Key, ct);
        var working = p.WorkingRevision;
        return new
        {
            id = p.Id,
            organizationId = p.OrganizationId,
            status = p.Status.ToString(),
            statusName = PublicationLabels.Of(p.Status),
            stage = flow.Stage,
            stageName = flow.StageName,
            proofreadName = flow.RevisionInReview ? ReviewStages.ProofreadName(flow.Stage, flow.Stages) : null,
            confidentialityCleared = flow.ConfidentialityCleared,
            reviewStages = p.ReviewStages,
            indexNumber = p.IndexNumber,
            publishedAt = p.PublishedAt,
            scheduledFor = p.ScheduledFor,
            withdrawnAt = p.WithdrawnAt,
            withdrawnReason = p.WithdrawnReason,
            published = p.PublishedRevisionNumber is null ? null : Content(p, keys),
            working = working is null ? null : Content(working, keys),
            workingRevision = working?.Number,
            url = p.PublishedRevisionNumber is null ? null : $"/xxgk/{p.OrganizationId}/item/{p.Id}",
        };
    }

    private static object Content(PublicationContent c, Dictionary<int, string> keys) => new
    {
        column = keys.GetValueOrDefault(c.ColumnId),
        title = c.Title,
        documentNumber = c.DocumentNumber,
        topic = c.Topic,
        genre = c.Genre,
        validity = PublicationLabels.Of(c.Validity),
        signedOn = c.SignedOn,
        formedOn = c.FormedOn,
        summary = c.Summary,
        bodyHtml = c.BodyHtml,
        revisionNote = c.RevisionNote,
    };

    private static async Task<IResult> ActAsync(int id, PublicationService service, HttpContext http, Func<Publication, Task> action, CancellationToken ct)
    {
        var p = await service.FindAsync(id, ct);
        if (p is null)
        {
            return Problems.NotFound("未找到该信息。");
        }

        return await RunAsync(http, async () =>
        {
            await action(p);
            return Results.Ok(await StaffViewAsync(p, service, http, ct));
        });
    }

    private static async Task<IResult> RunAsync(HttpContext http, Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (PublicationForbiddenException ex)
        {
            return Problems.Forbidden(ex.Message);
        }
        catch (PublicationRuleException ex)
        {
            return Problems.Unprocessable(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            http.RequestServices.GetRequiredService<GongkaiDbContext>().ChangeTracker.Clear();
            return Problems.Conflict("该信息刚被他人处理，请获取最新状态后重试。");
        }
    }
}
