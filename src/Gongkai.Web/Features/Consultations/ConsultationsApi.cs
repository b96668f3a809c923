using Gongkai.Domain.Consultations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Network;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations;

/// <summary><c>/api/v1/consultations</c> and <c>/api/v1/major-decisions</c>.
/// <para>Public: <c>GET /consultations?organization=&amp;state=open|closed</c>, <c>GET /consultations/{id}</c>
/// (approved comments only, never a name or phone), <c>POST /consultations/{id}/comments</c> (rate-limited),
/// <c>GET /major-decisions?organization=&amp;year=</c>.</para>
/// <para>Staff of the organ: <c>POST /consultations</c> (422 when a major decision's window is under 30 days
/// without a reason), <c>POST /consultations/{id}/versions</c>, <c>GET /consultations/{id}/comments</c>,
/// <c>POST /consultations/{id}/comments/{cid}/screen|answer</c>, <c>POST /consultations/{id}/report</c>,
/// <c>POST /major-decisions</c>, <c>POST /major-decisions/{id}/status</c>.</para></summary>
public static class ConsultationsApi
{
    public static void MapConsultationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/consultations");

        api.MapPost("", async (ConsultationInput body, ConsultationAccess access, ConsultationService service, OrganizationDirectory organs, CancellationToken ct) =>
        {
            if (await organs.FindActiveAsync(body.Organization, ct) is not { } organ)
            {
                return Problems.Unprocessable($"请用机关编号、全称或简称指明征求意见的机关（organization），“{body.Organization}”不是。");
            }

            if (!await access.CanEditAsync(organ.Id, ct))
            {
                return Problems.Forbidden($"您不是{organ.Name}的信息编辑，不能以该机关名义征求意见。");
            }

            var (consultation, error) = await service.CreateAsync(organ.Id, body, ct);
            return consultation is null ? Refused(error!) : Results.Created($"/api/v1/consultations/{consultation.Id}", new
            {
                id = consultation.Id,
                version = 1,
                url = ConsultationUrls.Page(consultation.Id),
                windowDays = ConsultationWindow.Days(consultation.OpensOn, consultation.ClosesOn),
                shortWindowReason = consultation.ShortWindowReason,
            });
        }).RequireAuthorization(Policies.Staff).WithSummary("发布征求意见（重大行政决策征求意见期限不少于30日，缩短须说明理由）");

        api.MapGet("", async (string? organization, string? state, GongkaiDbContext db, ConsultationService service, OrganizationDirectory organs, CancellationToken ct) =>
        {
            var query = db.Set<Consultation>().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(organization))
            {
                if (await organs.FindActiveAsync(organization, ct) is not { } organ)
                {
                    return Problems.NotFound($"没有名为“{organization}”的机关。");
                }

                query = query.Where(c => c.OrganizationId == organ.Id);
            }

            var today = service.Today;
            query = state switch
            {
                null or "" => query.Where(c => c.OpensOn <= today),
                "open" => query.Where(c => c.OpensOn <= today && c.ClosesOn >= today),
                "closed" => query.Where(c => c.ClosesOn < today),
                _ => query.Where(c => false),
            };
            if (state is not (null or "" or "open" or "closed"))
            {
                return Problems.BadRequest("state 应为 open（正在征求意见）或 closed（已截止）。");
            }

            var rows = await query.OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).Take(200)
                .Join(db.Set<Organization>(), c => c.OrganizationId, o => o.Id, (c, o) => new { c, Organ = o.Name }).ToListAsync(ct);
            return Results.Ok(rows.Select(r => new
            {
                id = r.c.Id,
                title = r.c.Title,
                organization = r.Organ,
                organizationId = r.c.OrganizationId,
                opensOn = r.c.OpensOn,
                closesOn = r.c.ClosesOn,
                open = r.c.IsOpenOn(today),
                majorDecision = r.c.IsMajorDecision,
                reportPublished = r.c.ReportPublishedAt is not null,
                url = ConsultationUrls.Page(r.c.Id),
            }));
        }).AllowAnonymous().WithSummary("征求意见列表（按机关、正在征求或已截止）");

        api.MapGet("/{id:int}", async (int id, GongkaiDbContext db, ConsultationService service, CancellationToken ct) =>
        {
            var c = await db.Set<Consultation>().AsNoTracking().Include(x => x.Versions).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null || c.OpensOn > service.Today)
            {
                return Problems.NotFound("没有该征求意见，或尚未开始。");
            }

            var organ = await db.Set<Organization>().AsNoTracking().Where(o => o.Id == c.OrganizationId).Select(o => o.Name).FirstAsync(ct);
            var report = await ConsultationReport.LoadAsync(db, c, ct);
            return Results.Ok(new
            {
                id = c.Id,
                title = c.Title,
                organization = organ,
                organizationId = c.OrganizationId,
                reason = c.Reason,
                mainQuestions = c.MainQuestions,
                waysToRespond = c.WaysToRespond,
                opensOn = c.OpensOn,
                closesOn = c.ClosesOn,
                windowDays = ConsultationWindow.Days(c.OpensOn, c.ClosesOn),
                open = c.IsOpenOn(service.Today),
                majorDecision = c.IsMajorDecision,
                shortWindowReason = c.ShortWindowReason,
                versions = c.Versions.OrderBy(v => v.Number).Select(v => new { number = v.Number, draftHtml = v.DraftHtml, note = v.Note, publishedAt = v.PublishedAt }),
                comments = report.Comments.Select(x => x.ToJson()),
                report = c.ReportPublishedAt is null ? null : new
                {
                    publishedAt = c.ReportPublishedAt,
                    summary = c.ReportSummary,
                    received = report.Received,
                    shown = report.Shown,
                    notShown = report.NotShown,
                    adopted = report.Adopted,
                    partlyAdopted = report.PartlyAdopted,
                    notAdopted = report.NotAdopted,
                },
                result = c.ResultPublicationId is { } p ? ConsultationUrls.Publication(c.OrganizationId, p) : null,
            });
        }).AllowAnonymous().WithSummary("读取一次征求意见：草案各稿、已审核的意见及答复、意见采纳情况（不含姓名和电话）");

        // Anonymous on purpose: this is how the public comments; rate-limited like every public write.
        api.MapPost("/{id:int}/comments", async (int id, CommentInput body, ConsultationService service, CancellationToken ct) =>
        {
            var c = await service.FindAsync(id, ct);
            if (c is null)
            {
                return Problems.NotFound("没有该征求意见。");
            }

            var (comment, duplicate, error) = await service.CommentAsync(c, body, ct);
            if (comment is null)
            {
                return Refused(error!);
            }

            var answer = new
            {
                id = comment.Id,
                version = c.Versions.First(v => v.Id == comment.VersionId).Number,
                anchor = comment.Anchor,
                status = "pending",
                duplicate,
                message = duplicate ? "该意见已经提交过，没有重复登记。" : "意见已收到，经审核后公开；您的姓名和电话不会公开。",
            };
            return duplicate ? Results.Ok(answer) : Results.Created($"/api/v1/consultations/{id}", answer);
        }).AllowAnonymous().RequireRateLimiting(RateLimits.PublicWrite).WithSummary("对征求意见草案提出意见（全文或某一段落）");

        var staff = api.MapGroup("/{id:int}").RequireAuthorization(Policies.Staff);

        staff.MapPost("/versions", async (int id, VersionInput body, ConsultationAccess access, ConsultationService service, CancellationToken ct) =>
        {
            var c = await service.FindAsync(id, ct);
            if (c is null || !await access.CanEditAsync(c.OrganizationId, ct))
            {
                return Problems.NotFound("没有该征求意见，或您不是该机关的信息编辑。");
            }

            var (version, error) = await service.ReviseAsync(c, body, ct);
            return version is null ? Refused(error!) : Results.Created(ConsultationUrls.Version(id, version.Number), new { number = version.Number });
        }).WithSummary("发布修改后的草案（新一稿；此前各稿及其意见保留）");

        staff.MapGet("/comments", async (int id, ConsultationAccess access, ConsultationService service, GongkaiDbContext db, CancellationToken ct) =>
        {
            var c = await service.FindAsync(id, ct);
            if (c is null || !await access.CanHandleCommentsAsync(c.OrganizationId, ct))
            {
                return Problems.NotFound("没有该征求意见，或您不是该机关的工作人员。");
            }

            var versions = c.Versions.ToDictionary(v => v.Id, v => v.Number);
            var comments = await db.Set<ConsultationComment>().AsNoTracking().Where(x => x.ConsultationId == id).OrderBy(x => x.Id).ToListAsync(ct);
            return Results.Ok(comments.Select(x => new
            {
                id = x.Id,
                version = versions.GetValueOrDefault(x.VersionId),
                anchor = x.Anchor,
                text = x.Text,
                name = x.Name,
                phone = x.Phone,
                displayName = x.DisplayName,
                personalDataFound = x.PersonalDataFound,
                screening = x.Screening.ToString(),
                result = x.AnswerKind is { } k ? CommentAnswerKinds.Code(k) : null,
                answer = x.AnswerText,
            }));
        }).WithSummary("本机关征求意见收到的全部意见（含联系方式，仅工作人员）");

        staff.MapPost("/comments/{cid:int}/screen", (int id, int cid, ScreenInput body, ConsultationAccess access, ConsultationService service, GongkaiDbContext db, CancellationToken ct) =>
            WithCommentAsync(id, cid, access, service, db, (c, comment) => service.ScreenAsync(c, comment, body, ct), ct))
            .WithSummary("审核一条意见（通过后公开，个人信息遮蔽；不予展示须说明理由）");

        staff.MapPost("/comments/{cid:int}/answer", (int id, int cid, AnswerInput body, ConsultationAccess access, ConsultationService service, GongkaiDbContext db, CancellationToken ct) =>
            WithCommentAsync(id, cid, access, service, db, (c, comment) => service.AnswerAsync(c, comment, body, ct), ct))
            .WithSummary("答复一条意见（采纳、部分采纳、未采纳及理由，或与同类意见一并答复）");

        staff.MapPost("/report", async (int id, ReportInput body, ConsultationAccess access, ConsultationService service, CancellationToken ct) =>
        {
            var c = await service.FindAsync(id, ct);
            if (c is null || !await access.CanHandleCommentsAsync(c.OrganizationId, ct))
            {
                return Problems.NotFound("没有该征求意见，或您不是该机关的工作人员。");
            }

            var error = await service.PublishReportAsync(c, body, ct);
            return error is null ? Results.Ok(new { id, reportPublishedAt = c.ReportPublishedAt, url = ConsultationUrls.Page(id) }) : Refused(error);
        }).WithSummary("公布意见采纳情况，并关联最终决策文件");

        MapDecisions(app.MapGroup("/api/v1/major-decisions"));
    }

    /// <summary>A refusal as problem details: the Chinese message, and the field's API key in <c>errors</c>.</summary>
    private static IResult Refused(FieldError error) =>
        Problems.Unprocessable(error.Message, new Dictionary<string, string[]> { [error.Field] = [error.Message] });

    private static async Task<IResult> WithCommentAsync(int id, int cid, ConsultationAccess access, ConsultationService service, GongkaiDbContext db,
        Func<Consultation, ConsultationComment, Task<FieldError?>> act, CancellationToken ct)
    {
        var c = await service.FindAsync(id, ct);
        if (c is null || !await access.CanHandleCommentsAsync(c.OrganizationId, ct))
        {
            return Problems.NotFound("没有该征求意见，或您不是该机关的工作人员。");
        }

        var comment = await db.Set<ConsultationComment>().FirstOrDefaultAsync(x => x.Id == cid && x.ConsultationId == id, ct);
        if (comment is null)
        {
            return Problems.NotFound($"本次征求意见没有编号为 {cid} 的意见。");
        }

        var error = await act(c, comment);
        return error is null
            ? Results.Ok(new
            {
                id = comment.Id,
                screening = comment.Screening.ToString(),
                result = comment.AnswerKind is { } k ? CommentAnswerKinds.Code(k) : null,
            })
            : Refused(error);
    }

    private static void MapDecisions(RouteGroupBuilder api)
    {
        api.MapGet("", async (string? organization, int? year, GongkaiDbContext db, OrganizationDirectory organs, CancellationToken ct) =>
        {
            if (await organs.FindActiveAsync(organization, ct) is not { } organ)
            {
                return Problems.BadRequest("请用机关编号、全称或简称指明机关（organization）。");
            }

            var rows = await MajorDecisionQueries.CatalogueAsync(db, organ.Id, year, ct);
            return Results.Ok(rows.Select(r => new
            {
                id = r.Decision.Id,
                year = r.Decision.Year,
                name = r.Decision.Name,
                leadOrgan = r.Decision.LeadOrgan,
                legalBasis = r.Decision.LegalBasis,
                plannedTime = r.Decision.PlannedTime,
                needsHearing = r.Decision.NeedsHearing,
                needsExpertReview = r.Decision.NeedsExpertReview,
                needsRiskAssessment = r.Decision.NeedsRiskAssessment,
                status = DecisionStatuses.Code(r.Decision.Status),
                statusName = DecisionStatuses.Name(r.Decision.Status),
                consultation = r.ConsultationId is { } cid ? ConsultationUrls.Page(cid) : null,
                result = r.Decision.ResultPublicationId is { } p ? ConsultationUrls.Publication(organ.Id, p) : null,
            }));
        }).AllowAnonymous().WithSummary("机关重大行政决策事项目录（按年度）");

        api.MapPost("", async (MajorDecisionInput body, ConsultationAccess access, ConsultationService service, OrganizationDirectory organs, CancellationToken ct) =>
        {
            if (await organs.FindActiveAsync(body.Organization, ct) is not { } organ)
            {
                return Problems.Unprocessable("请用机关编号、全称或简称指明机关（organization）。");
            }

            if (!await access.CanEditAsync(organ.Id, ct))
            {
                return Problems.Forbidden($"您不是{organ.Name}的信息编辑，不能修改其重大行政决策事项目录。");
            }

            var (decision, error) = await service.AddDecisionAsync(organ.Id, body, ct);
            return decision is null ? Refused(error!) : Results.Created(ConsultationUrls.Catalogue(organ.Id), new { id = decision.Id });
        }).RequireAuthorization(Policies.Staff).WithSummary("在重大行政决策事项目录中添加事项");

        api.MapPost("/{id:int}/status", async (int id, DecisionStatusInput body, ConsultationAccess access, ConsultationService service, GongkaiDbContext db, CancellationToken ct) =>
        {
            var decision = await db.Set<MajorDecision>().FirstOrDefaultAsync(d => d.Id == id, ct);
            if (decision is null || !await access.CanEditAsync(decision.OrganizationId, ct))
            {
                return Problems.NotFound("没有该决策事项，或您不是该机关的信息编辑。");
            }

            var error = await service.SetDecisionStatusAsync(decision, body, ct);
            return error is null ? Results.Ok(new { id, status = DecisionStatuses.Code(decision.Status) }) : Refused(error);
        }).RequireAuthorization(Policies.Staff).WithSummary("更新重大行政决策事项的办理状态");
    }
}
