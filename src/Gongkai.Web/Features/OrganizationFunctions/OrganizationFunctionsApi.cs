using Gongkai.Domain.OrganizationFunctions;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary><c>GET /api/v1/organizations/{id}/functions</c> (anonymous): the organ's published 机构职能
/// record. <c>PUT</c> (staff token, an Editor of the organ): saves a new version pending review and
/// answers 202 with it. <c>POST …/functions/versions/{number}/approve</c> and <c>/send-back</c>
/// (a Reviewer of the organ, not the author). Rule broken → 422, no role → 403, raced → 409.</summary>
public static class OrganizationFunctionsApi
{
    public static void MapOrganizationFunctionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/organizations/{id:int}/functions", async (int id, GongkaiDbContext db, OrganizationFunctionsService service, CancellationToken ct) =>
        {
            var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.IsActive, ct);
            if (organ is null)
            {
                return Problems.NotFound($"没有编号为 {id} 的机关。");
            }

            var current = await service.CurrentAsync(id, ct);
            return current is null
                ? Problems.NotFound($"{organ.Name}尚未发布机构职能。")
                : Results.Ok(await PublicViewAsync(db, organ, current, ct));
        }).AllowAnonymous().WithSummary("机关现行的机构职能信息");

        var staff = app.MapGroup("/api/v1/organizations/{id:int}/functions").RequireAuthorization(Policies.Staff);
        staff.MapPut("", async (int id, FunctionsApiInput body, GongkaiDbContext db, OrganizationFunctionsService service, CancellationToken ct) =>
        {
            if (!await db.Set<Organization>().AnyAsync(o => o.Id == id && o.IsActive, ct))
            {
                return Problems.NotFound($"没有编号为 {id} 的机关。");
            }

            var (content, errors) = body.ToContent();
            if (content is null)
            {
                return Invalid(errors);
            }

            return await RunAsync(async () =>
            {
                var version = await service.SaveAsync(id, content, ct);
                return Results.Accepted($"/api/v1/organizations/{id}/functions", StaffView(version));
            });
        }).WithSummary("提交机构职能信息的新版本（待审核）");
        staff.MapPost("/versions/{number:int}/approve", (int id, int number, ReviewInput? body, GongkaiDbContext db, OrganizationFunctionsService service, CancellationToken ct) =>
            DecideAsync(id, number, db, v => service.ApproveAsync(v.Id, body?.Comment, ct), ct)).WithSummary("审核通过机构职能信息的一个版本");
        staff.MapPost("/versions/{number:int}/send-back", (int id, int number, ReviewInput? body, GongkaiDbContext db, OrganizationFunctionsService service, CancellationToken ct) =>
            DecideAsync(id, number, db, v => service.SendBackAsync(v.Id, body?.Comment, ct), ct)).WithSummary("退回机构职能信息的一个版本");
    }

    public sealed record ReviewInput(string? Comment);

    /// <summary>The published record as the public sees it, with the dates it changed.</summary>
    public static async Task<object> PublicViewAsync(GongkaiDbContext db, Organization organ, OrganizationFunctionsVersion v, CancellationToken ct)
    {
        var history = await db.Set<OrganizationFunctionsVersion>().AsNoTracking()
            .Where(x => x.OrganizationId == organ.Id && (x.Status == FunctionsVersionStatus.Published || x.Status == FunctionsVersionStatus.Superseded))
            .OrderByDescending(x => x.PublishedAt).Select(x => new { version = x.Number, x.PublishedAt }).ToListAsync(ct);
        return new
        {
            organizationId = organ.Id,
            organization = organ.Name,
            version = v.Number,
            publishedAt = v.PublishedAt,
            duties = v.Duties,
            internalBodies = v.InternalBodies.Select(b => new { name = b.Name, duties = b.Duties, phone = b.Phone }),
            subordinates = v.Subordinates.Select(u => new
            {
                name = u.Name,
                kind = JsonCode(u.Kind),
                kindName = SubordinateKinds.Name(u.Kind),
                duties = u.Duties,
                organizationId = u.OrganizationId,
                url = u.OrganizationId is { } linked ? $"/xxgk/{linked}" : null,
            }),
            leaders = v.Leaders.Select(l => new { name = l.Name, position = l.Position, responsibilities = l.Responsibilities }),
            address = v.Address,
            hours = v.Hours,
            phone = v.Phone,
            fax = v.Fax,
            postcode = v.Postcode,
            website = v.Website,
            history,
        };
    }

    private static object StaffView(OrganizationFunctionsVersion v) => new
    {
        organizationId = v.OrganizationId,
        version = v.Number,
        status = JsonCode(v.Status),
        statusName = FunctionsLabels.Of(v.Status),
        createdAt = v.CreatedAt,
        createdBy = v.CreatedBy,
        reviewedAt = v.ReviewedAt,
        reviewedBy = v.ReviewedBy,
        reviewComment = v.ReviewComment,
        publishedAt = v.PublishedAt,
    };

    private static string JsonCode<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static async Task<IResult> DecideAsync(int id, int number, GongkaiDbContext db, Func<OrganizationFunctionsVersion, Task> decide, CancellationToken ct)
    {
        var version = await db.Set<OrganizationFunctionsVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.OrganizationId == id && v.Number == number, ct);
        if (version is null)
        {
            return Problems.NotFound($"该机关的机构职能没有第{number}版。");
        }

        return await RunAsync(async () =>
        {
            await decide(version);
            var after = await db.Set<OrganizationFunctionsVersion>().AsNoTracking().FirstAsync(v => v.Id == version.Id, ct);
            return Results.Ok(StaffView(after));
        });
    }

    private static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (FunctionsRefusedException ex)
        {
            return ex.Reason switch
            {
                FunctionsRefusal.Forbidden => Problems.Forbidden(ex.Message),
                FunctionsRefusal.Conflict => Problems.Conflict(ex.Message),
                _ => Invalid(ex.Errors),
            };
        }
    }

    private static IResult Invalid(IReadOnlyList<string> errors) => Results.Problem(string.Join(" ", errors),
        statusCode: StatusCodes.Status422UnprocessableEntity, title: "无法处理",
        extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
