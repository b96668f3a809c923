using Gongkai.Domain.Enforcement;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Enforcement;

/// <summary><c>/api/v1/enforcement-decisions</c>.
/// <para><c>POST /</c> (editor of the organ): one decision → 201 <c>{id, publishBy, explanation}</c>, or 422 naming the field.</para>
/// <para><c>POST /import?organization=&amp;dryRun=</c> (editor): an .xlsx/.csv <c>file</c>; any bad row → 422, nothing saved.</para>
/// <para><c>POST /{id}/publish {on}</c>, <c>POST /{id}/withdraw {kind, reason}</c> (reviewer of the organ).</para>
/// <para><c>GET ?organization=&amp;category=&amp;year=&amp;status=pending|overdue|published</c>: anonymous callers get
/// published decisions only, parties masked; staff get every status of the organs they may read.</para></summary>
public static class EnforcementApi
{
    public const int MaxPageSize = 100;

    public static void MapEnforcementApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enforcement-decisions");

        api.MapPost("/", async (EnforcementDecisionInput body, EnforcementAccess access, EnforcementService service, OrganizationDirectory organs, CancellationToken ct) =>
        {
            var organ = await organs.FindActiveAsync(body.Organization, ct);
            if (organ is null)
            {
                return Problems.Unprocessable($"请填写决定机关（organization：机关编号、全称或简称）；没有找到“{body.Organization}”。");
            }

            if (!await access.CanEditAsync(organ.Id, ct))
            {
                return Problems.Forbidden("您不是该机关的信息编辑，不能录入其执法决定。");
            }

            var row = EnforcementDecisionReader.Check(1, body.ToCells(), service.Today);
            var result = await service.ImportAsync(organ.Id, [row], dryRun: false, ct);
            if (result.Saved.Count == 0)
            {
                return Problems.Unprocessable(string.Join(" ", result.Rows.SelectMany(r => r.Errors).Select(e => e.Replace("第 1 行", "", StringComparison.Ordinal))));
            }

            var d = result.Saved[0];
            return Results.Created(EnforcementUrls.Decision(d.Id), new { id = d.Id, publishBy = d.PublishBy, explanation = d.DueExplanation, status = "pending" });
        }).RequireAuthorization(Policies.Staff).WithSummary("录入一项行政执法决定（返回公开期限及其计算说明）");

        api.MapPost("/import", async (HttpRequest request, EnforcementAccess access, EnforcementService service, OrganizationDirectory organs, CancellationToken ct) =>
        {
            var organ = await organs.FindActiveAsync(request.Query["organization"], ct);
            if (organ is null)
            {
                return Problems.NotFound($"没有名为“{request.Query["organization"]}”的机关。");
            }

            if (!await access.CanEditAsync(organ.Id, ct))
            {
                return Problems.Forbidden("您不是该机关的信息编辑，不能导入其执法决定。");
            }

            var dryRun = bool.TryParse(request.Query["dryRun"], out var d) && d;
            if (!request.HasFormContentType || (await request.ReadFormAsync(ct)).Files.GetFile("file") is not { } file)
            {
                return Problems.Unprocessable("请上传执法决定文件（字段名 file，.xlsx 或 .csv）。");
            }

            var (rows, error) = await EnforcementFile.ReadAsync(file, service.Today, ct);
            if (rows is null)
            {
                return Problems.Unprocessable(error!);
            }

            var result = await service.ImportAsync(organ.Id, rows, dryRun, ct);
            return Results.Json(new
            {
                imported = result.Imported,
                failed = result.Failed,
                saved = result.Saved.Count > 0,
                rows = result.Rows.Select(r => new { row = r.Row, ok = r.Ok, errors = r.Errors }),
            }, statusCode: result.Failed > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        }).RequireAuthorization(Policies.Staff).DisableAntiforgery().WithSummary("从 Excel/CSV 导入本机关行政执法决定（任何一行有误则不保存）");

        api.MapPost("/{id:int}/publish", async (int id, PublishInput? body, EnforcementAccess access, EnforcementService service, GongkaiDbContext db, CancellationToken ct) =>
        {
            if (await db.Set<EnforcementDecision>().FirstOrDefaultAsync(x => x.Id == id, ct) is not { } decision)
            {
                return Problems.NotFound("没有这项执法决定。");
            }

            if (!await access.CanPublishAsync(decision.OrganizationId, ct))
            {
                return Problems.Forbidden("您不是该机关的信息审核人，不能公开其执法决定。");
            }

            DateOnly? on = null;
            if (!string.IsNullOrWhiteSpace(body?.On))
            {
                if (EnforcementDecisionReader.ParseDate(body.On) is not { } parsed)
                {
                    return Problems.BadRequest($"on（公开日期）“{body.On}”不是日期，应为 yyyy-MM-dd。");
                }

                on = parsed;
            }

            var error = await service.PublishAsync(decision, on, ct);
            return error is not null
                ? Problems.Unprocessable(error)
                : Results.Ok(new { id, status = "published", publishedOn = decision.PublishedOn, publishBy = decision.PublishBy, lateWorkingDays = decision.LateWorkingDays, publicUntil = decision.PublicUntil, url = EnforcementUrls.Decision(id) });
        }).RequireAuthorization(Policies.Staff).WithSummary("公开一项执法决定（on：公开日期，缺省为今天；记录逾期工作日数）");

        api.MapPost("/{id:int}/withdraw", async (int id, WithdrawInput body, EnforcementAccess access, EnforcementService service, GongkaiDbContext db, CancellationToken ct) =>
        {
            if (await db.Set<EnforcementDecision>().FirstOrDefaultAsync(x => x.Id == id, ct) is not { } decision)
            {
                return Problems.NotFound("没有这项执法决定。");
            }

            if (!await access.CanPublishAsync(decision.OrganizationId, ct))
            {
                return Problems.Forbidden("您不是该机关的信息审核人，不能撤回其执法决定。");
            }

            if (WithdrawalKinds.Parse(body.Kind) is not { } kind)
            {
                return Problems.BadRequest("kind 应为 revoked（撤销）或 changed（变更）。");
            }

            var error = await service.WithdrawAsync(decision, kind, body.Reason, ct);
            return error is not null ? Problems.Unprocessable(error) : Results.Ok(new { id, status = "withdrawn", withdrawnOn = decision.WithdrawnOn });
        }).RequireAuthorization(Policies.Staff).WithSummary("撤回一项执法决定（撤销或变更，须写明原因；记录保留）");

        api.MapGet("/", async (HttpRequest request, GongkaiDbContext db, EnforcementAccess access, EnforcementService service, OrganizationDirectory organs, CancellationToken ct) =>
        {
            var query = request.Query;
            var decisions = db.Set<EnforcementDecision>().AsNoTracking();
            int? organId = null;
            if (!string.IsNullOrWhiteSpace(query["organization"]))
            {
                if (await organs.FindActiveAsync(query["organization"], ct) is not { } organ)
                {
                    return Problems.NotFound($"没有名为“{query["organization"]}”的机关。");
                }

                organId = organ.Id;
            }

            EnforcementCategory? category = null;
            if (!string.IsNullOrWhiteSpace(query["category"]))
            {
                category = EnforcementCategories.Parse(query["category"]);
                if (category is null)
                {
                    return Problems.BadRequest($"category 应为 {EnforcementCategories.CodeList} 之一（或中文名称）。");
                }
            }

            int? year = null;
            if (!string.IsNullOrWhiteSpace(query["year"]))
            {
                if (!int.TryParse(query["year"], out var y) || y is < 1990 or > 2999)
                {
                    return Problems.BadRequest("year 应为四位年份，如 2020。");
                }

                year = y;
            }

            var status = query["status"].ToString();
            if (status is not ("" or "pending" or "overdue" or "published"))
            {
                return Problems.BadRequest("status 应为 pending、overdue 或 published。");
            }

            var today = service.Today;
            var staff = access.IsStaff;
            if (!staff && status is not ("" or "published"))
            {
                return Problems.Unauthorized("未公开的执法决定只有该机关工作人员可以查看（请使用接口令牌）。");
            }

            if (staff)
            {
                var readable = await access.ReadableOrganizationsAsync(ct);
                if (organId is { } o && readable is not null && !readable.Contains(o))
                {
                    return Problems.Forbidden("您不是该机关的工作人员，不能查看其未公开的执法决定。");
                }

                if (readable is not null && organId is null)
                {
                    decisions = decisions.Where(d => readable.Contains(d.OrganizationId));
                }

                decisions = status switch
                {
                    "" => decisions,
                    "pending" => decisions.Where(d => d.Status == EnforcementStatus.Pending),
                    "overdue" => decisions.OverdueOn(today),
                    _ => decisions.Where(d => d.Status == EnforcementStatus.Published),
                };
            }
            else
            {
                decisions = decisions.PublicOn(today);
            }

            decisions = decisions.Filtered(organId, category, year);
            var page = Math.Max(1, int.TryParse(query["page"], out var p) ? p : 1);
            var pageSize = Math.Clamp(int.TryParse(query["pageSize"], out var s) ? s : 20, 1, MaxPageSize);
            var total = await decisions.CountAsync(ct);
            var ordered = status is "pending" or "overdue" ? decisions.OrderBy(d => d.PublishBy).ThenBy(d => d.Id) : decisions.Newest();
            var rows = await ordered.Skip((page - 1) * pageSize).Take(pageSize)
                .Join(db.Set<Organization>(), d => d.OrganizationId, o => o.Id, (d, o) => new { Decision = d, Organ = o.Name })
                .ToListAsync(ct);
            var calendar = staff ? await service.CalendarAsync(ct) : null;
            return Results.Ok(new
            {
                total,
                page,
                pageSize,
                items = rows.Select(r => staff ? StaffJson(r.Decision, r.Organ, calendar!, today) : EnforcementPublicText.Json(r.Decision, r.Organ)),
            });
        }).AllowAnonymous().WithSummary("查询行政执法决定（公众：已公开且隐去个人信息；工作人员：本机关全部，含待公开和逾期）");
    }

    /// <summary>Staff see the party's name and the clock, never the ID number in a list.</summary>
    private static object StaffJson(EnforcementDecision d, string organ, Domain.Calendar.WorkingDayCalendar calendar, DateOnly today) => new
    {
        id = d.Id,
        organization = organ,
        organizationId = d.OrganizationId,
        category = EnforcementCategories.Code(d.Category),
        categoryName = EnforcementCategories.Name(d.Category),
        documentNumber = d.DocumentNumber,
        party = new { kind = PartyKinds.Code(d.PartyKind), name = d.PartyName, creditCode = d.PartyCreditCode, hasIdNumber = d.PartyIdNumberCipher != null, @protected = d.Protected },
        matter = d.Matter,
        decidedOn = d.DecidedOn,
        status = d.Status switch { EnforcementStatus.Pending => "pending", EnforcementStatus.Published => "published", _ => "withdrawn" },
        publishBy = d.PublishBy,
        explanation = d.DueExplanation,
        urgency = d.Status == EnforcementStatus.Pending ? PublicationClock.Urgency(calendar, d.PublishBy, today) switch
        {
            PublicationUrgency.Overdue => "overdue",
            PublicationUrgency.DueSoon => "dueSoon",
            _ => "onTime",
        } : null,
        publishedOn = d.PublishedOn,
        lateWorkingDays = d.LateWorkingDays,
        publicUntil = d.PublicUntil,
        withdrawnOn = d.WithdrawnOn,
        withdrawalReason = d.WithdrawalReason,
    };
}
