using System.Globalization;
using Gongkai.Domain.PowerLists;
using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Gongkai.Web.Shared.Files;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary><c>/api/v1/service-guides</c>.
/// <para><c>POST</c> (editor of the organ): a whole guide, checked and submitted for review in one
/// step → 201 <c>{id, url, status}</c>, or 422 <c>{errors: [{field, phrase, message}]}</c> with nothing saved.</para>
/// <para><c>GET ?organization=&amp;q=&amp;theme=&amp;page=</c> (anonymous): published guides.</para>
/// <para><c>POST /{id}/files</c> (editor): multipart <c>file</c>, <c>kind</c> (blankForm|sample|flowChart), <c>material</c> (0-based).</para>
/// <para><c>POST /{id}/approve|return|withdraw</c> <c>{note}</c>: review (reviewer) and withdrawal (editor or reviewer).</para></summary>
public static class ServiceGuidesApi
{
    public const int MaxPageSize = 100;

    public static void MapServiceGuidesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/service-guides");

        api.MapPost("/", async (ServiceGuideInput body, OrganizationDirectory organs, ServiceGuideAccess access, ServiceGuideService service, CancellationToken ct) =>
        {
            var organ = await organs.FindActiveAsync(body.Organization, ct);
            if (organ is null)
            {
                return Problems.Unprocessable(string.IsNullOrWhiteSpace(body.Organization)
                    ? "请指明机关（organization：机关编号、全称或简称）。" : $"没有名为“{body.Organization}”的机关。");
            }

            if (!await access.CanEditAsync(organ.Id, ct))
            {
                return Problems.Forbidden("您不是该机关的信息编辑，不能编写其办事指南。");
            }

            var (draft, unreadable) = body.ToDraft();
            if (unreadable.Count > 0)
            {
                return Errors(unreadable);
            }

            var (id, problems) = await service.CreateAndSubmitAsync(organ.Id, draft, ct);
            return id is null || problems.Count > 0
                ? Errors(problems)
                : Results.Created(ServiceGuideUrls.Guide(id.Value), new { id, url = ServiceGuideUrls.Guide(id.Value), status = "pending" });
        }).RequireAuthorization(Policies.Staff).WithSummary("提交一份办事指南（检查必备要素和不确定表述，通过后进入本机关审核）");

        api.MapGet("/", async (HttpRequest request, GongkaiDbContext db, OrganizationDirectory organs, CancellationToken ct) =>
        {
            var query = request.Query;
            var guides = db.Set<ServiceGuide>().AsNoTracking().Where(g => g.Status == ServiceGuideStatus.Published);
            if (!string.IsNullOrWhiteSpace(query["organization"]))
            {
                var organ = await organs.FindActiveAsync(query["organization"], ct);
                if (organ is null)
                {
                    return Problems.NotFound($"没有名为“{query["organization"]}”的机关。");
                }

                guides = guides.Where(g => g.OrganizationId == organ.Id);
            }

            if (!string.IsNullOrWhiteSpace(query["theme"]))
            {
                if (ServiceGuideNames.ParseTheme(query["theme"]) is not { } theme)
                {
                    return Problems.BadRequest("theme 应为 personal（个人办事）或 legal（法人办事）。");
                }

                guides = guides.InTheme(theme);
            }

            guides = guides.Matching(query["q"]);
            var page = Math.Max(1, int.TryParse(query["page"], out var p) ? p : 1);
            var pageSize = Math.Clamp(int.TryParse(query["pageSize"], out var s) ? s : 20, 1, MaxPageSize);
            var total = await guides.CountAsync(ct);
            var rows = await guides.OrderBy(g => g.OrganizationId).ThenBy(g => g.Code).ThenBy(g => g.Id)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Join(db.Set<Organization>(), g => g.OrganizationId, o => o.Id, (g, o) => new { Guide = g, Organ = o.Name })
                .ToListAsync(ct);
            return Results.Ok(new
            {
                total,
                page,
                pageSize,
                items = rows.Select(r => new
                {
                    id = r.Guide.Id,
                    name = r.Guide.Name,
                    code = r.Guide.Code,
                    type = r.Guide.Type is { } t ? PowerTypes.Code(t) : null,
                    theme = r.Guide.Theme is { } th ? ServiceGuideNames.ThemeCode(th) : null,
                    organization = r.Organ,
                    organizationId = r.Guide.OrganizationId,
                    legalTimeLimit = r.Guide.LegalTimeLimit,
                    promisedTimeLimit = r.Guide.PromisedTimeLimit,
                    online = r.Guide.Online,
                    visits = r.Guide.Visits,
                    url = ServiceGuideUrls.Guide(r.Guide.Id),
                }),
            });
        }).AllowAnonymous().WithSummary("查询已公开的办事指南（按机关、个人办事/法人办事、名称或编码）");

        api.MapPost("/{id:int}/files", async (int id, HttpRequest request, GongkaiDbContext db, ServiceGuideAccess access, ServiceGuideService service, CancellationToken ct) =>
        {
            if (await OrganOfAsync(db, id, ct) is not { } orgId)
            {
                return Problems.NotFound("没有这份办事指南。");
            }

            if (!await access.CanEditAsync(orgId, ct))
            {
                return Problems.Forbidden("您不是该机关的信息编辑，不能修改其办事指南。");
            }

            if (!request.HasFormContentType)
            {
                return Problems.Unprocessable("请以 multipart/form-data 上传（字段 file、kind、material）。");
            }

            var form = await request.ReadFormAsync(ct);
            if (ServiceGuideNames.ParseFile(form["kind"]) is not { } kind)
            {
                return Problems.Unprocessable("kind 应为 blankForm（空白表格）、sample（填写样表）或 flowChart（流程图）。");
            }

            if (form.Files.GetFile("file") is not { } file)
            {
                return Problems.Unprocessable("请上传文件（字段名 file）。");
            }

            int? material = int.TryParse(form["material"], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null;
            await using var content = file.OpenReadStream();
            var error = await service.UploadAsync(orgId, id, kind, material, file.FileName, content, ct);
            return error is null ? Results.Ok(new { id, kind = form["kind"].ToString(), material }) : Problems.Unprocessable(error);
        }).RequireAuthorization(Policies.Staff).DisableAntiforgery().WithSummary("为办事指南上传空白表格、填写样表或流程图");

        api.MapPost("/{id:int}/approve", (int id, ReviewNote? body, GongkaiDbContext db, ServiceGuideAccess access, ServiceGuideService service, CancellationToken ct) =>
            ReviewAsync(id, approve: true, body, db, access, service, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("审核通过一份办事指南（通过后公开）");
        api.MapPost("/{id:int}/return", (int id, ReviewNote? body, GongkaiDbContext db, ServiceGuideAccess access, ServiceGuideService service, CancellationToken ct) =>
            ReviewAsync(id, approve: false, body, db, access, service, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("退回一份办事指南（须写明理由）");
        api.MapPost("/{id:int}/withdraw", async (int id, ReviewNote? body, GongkaiDbContext db, ServiceGuideAccess access, ServiceGuideService service, CancellationToken ct) =>
        {
            if (await OrganOfAsync(db, id, ct) is not { } orgId)
            {
                return Problems.NotFound("没有这份办事指南。");
            }

            if (!await access.CanEditAsync(orgId, ct) && !await access.CanReviewAsync(orgId, ct))
            {
                return Problems.Forbidden("您不是该机关的信息编辑或审核人，不能撤回其办事指南。");
            }

            var error = await service.WithdrawAsync(orgId, id, body?.Note, ct);
            return error is null ? Results.Ok(new { id, status = "withdrawn" }) : Problems.Unprocessable(error);
        }).RequireAuthorization(Policies.Staff).WithSummary("撤回一份办事指南（撤下公开页面，须写明理由）");

        app.MapGet("/bszn/{id:int}/files/{fileId:int}", async (int id, int fileId, GongkaiDbContext db, ServiceGuideAccess access,
            IFileStore store, HttpContext context, CancellationToken ct) =>
        {
            var guide = await db.Set<ServiceGuide>().AsNoTracking().Where(g => g.Id == id).Select(g => new { g.OrganizationId, g.Status }).FirstOrDefaultAsync(ct);
            var file = await db.Set<ServiceGuideFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.GuideId == id, ct);
            // Before approval only the organ's staff may open the files.
            var visible = guide is not null && (guide.Status == ServiceGuideStatus.Published
                || (context.User.Identity?.IsAuthenticated == true && await access.CanViewAsync(guide.OrganizationId, ct)));
            if (!visible || file is null || await store.OpenReadAsync(file.StorageKey, ct) is not { } stream)
            {
                return Results.NotFound();
            }

            return Results.File(stream, file.ContentType, file.FileName);
        }).AllowAnonymous();
    }

    /// <summary>Published guides in a theme; a guide for both themes is in each.</summary>
    public static IQueryable<ServiceGuide> InTheme(this IQueryable<ServiceGuide> guides, ServiceTheme theme) =>
        theme == ServiceTheme.Both ? guides : guides.Where(g => g.Theme == theme || g.Theme == ServiceTheme.Both);

    /// <summary>Name or code contains the text (codes compared normalised).</summary>
    public static IQueryable<ServiceGuide> Matching(this IQueryable<ServiceGuide> guides, string? q)
    {
        var text = (q ?? "").Trim();
        if (text.Length == 0)
        {
            return guides;
        }

        var code = PowerItemCode.Normalize(text);
        return guides.Where(g => g.Name.Contains(text) || (g.Code != null && g.Code.Contains(code)));
    }

    /// <summary>422 problem details with every problem as <c>{field, phrase, message}</c>.</summary>
    public static IResult Errors(IReadOnlyList<GuideProblem> problems) => Results.Problem(
        detail: string.Join(" ", problems.Select(p => p.Message)),
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "办事指南未通过检查",
        extensions: new Dictionary<string, object?> { ["errors"] = problems.Select(p => new { field = p.Field, phrase = p.Phrase, message = p.Message }).ToList() });

    private static Task<int?> OrganOfAsync(GongkaiDbContext db, int id, CancellationToken ct) =>
        db.Set<ServiceGuide>().Where(g => g.Id == id).Select(g => (int?)g.OrganizationId).FirstOrDefaultAsync(ct);

    private static async Task<IResult> ReviewAsync(int id, bool approve, ReviewNote? body, GongkaiDbContext db, ServiceGuideAccess access, ServiceGuideService service, CancellationToken ct)
    {
        if (await OrganOfAsync(db, id, ct) is not { } orgId)
        {
            return Problems.NotFound("没有这份办事指南。");
        }

        if (!await access.CanReviewAsync(orgId, ct))
        {
            return Problems.Forbidden("您不是该机关的信息审核人，不能审核其办事指南。");
        }

        var error = await service.ReviewAsync(orgId, id, approve, body?.Note, ct);
        return error is null ? Results.Ok(new { id, status = approve ? "published" : "returned" }) : Problems.Unprocessable(error);
    }

    public sealed record ReviewNote(string? Note);
}
