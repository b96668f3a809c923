using Gongkai.Domain.Applications;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Network;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary><c>/api/v1/applications</c>: the public (or, with a staff token, an offline channel)
/// submits; case handlers record events and read the case with its due date and explanation.
/// Rule broken → 422, bad field → 400 with per-field messages, not theirs or unknown → 404.</summary>
public static class ApplicationsApi
{
    public static void MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/applications");

        // Anonymous on purpose: this is the public's online channel (《条例》第二十九条). A staff
        // bearer token turns it into the registration of an offline application.
        api.MapPost("", async (ApplicationInput body, ApplicationSubmission submission, ApplicationClock clock, HttpContext http, CancellationToken ct) =>
        {
            var byStaff = http.User.Identity?.IsAuthenticated == true;
            return await RunAsync(async () =>
            {
                var result = await submission.SubmitAsync(body, byStaff, ct);
                var a = result.Application;
                var clockResult = await clock.ClockAsync(a, ct);
                var answer = new
                {
                    id = a.Id,
                    trackingCode = a.TrackingCode,
                    queryPassword = result.Password,
                    receivedOn = a.ReceivedOn,
                    dueOn = clockResult?.DueOn,
                    stage = ApplicationStages.Code(a.Stage),
                    duplicate = result.Duplicate,
                    mailed = result.Mailed,
                    idNumberWarning = a.IdNumberWarning,
                    message = result.Duplicate
                        ? "该申请已经提交过，没有重复登记，查询密码也没有改变；请使用首次提交时获得（或发送到电子邮箱）的查询码和查询密码。"
                        : null,
                };
                return result.Duplicate ? Results.Ok(answer) : Results.Created($"/api/v1/applications/{a.Id}", answer);
            });
        }).WithSummary("提交政府信息公开申请（工作人员令牌登记线下申请）").AllowAnonymous().RequireRateLimiting(RateLimits.PublicWrite);

        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff);
        staff.MapGet("/{id:int}", async (int id, ApplicationAccess access, ApplicationClock clock, CancellationToken ct) =>
        {
            var a = await access.FindForStaffAsync(id, ct);
            if (a is null)
            {
                return Problems.NotFound("未找到该申请，或您无权查看。");
            }

            return await RunAsync(async () =>
            {
                var c = await clock.ClockAsync(a, ct);
                var pi = await access.RevealAsync(a, "api", ct);
                return Results.Ok(ApplicationView.Staff(a, c, pi, clock.Today));
            });
        }).WithSummary("读取一件依申请公开案件及其答复期限");

        staff.MapPost("/{id:int}/events", async (int id, ApplicationEventInput body, ApplicationAccess access, ApplicationEvents events, ApplicationClock clock, CancellationToken ct) =>
        {
            var a = await access.FindForStaffAsync(id, ct);
            if (a is null)
            {
                return Problems.NotFound("未找到该申请，或您无权办理。");
            }

            return await RunAsync(async () =>
            {
                var c = await events.AddAsync(a, body, ct);
                return Results.Ok(ApplicationView.Clock(a, c, clock.Today));
            });
        }).WithSummary("记录依申请公开案件的办理环节（补正、征求意见、延期、答复等）");

        // 《条例》第四十四条: opens (once) a draft publication in the organ's platform.
        staff.MapPost("/{id:int}/proactive", async (int id, ApplicationAccess access, ProactiveDisclosure proactive, CancellationToken ct) =>
        {
            var a = await access.FindForStaffAsync(id, ct);
            if (a is null)
            {
                return Problems.NotFound("未找到该申请，或您无权办理。");
            }

            return await RunAsync(async () => Results.Ok(new { publicationId = await proactive.OpenDraftAsync(a, ct) }));
        }).WithSummary("将依申请公开的信息转为主动公开草稿（《条例》第四十四条）");
    }

    /// <summary>Maps the feature's exceptions to problem responses with the Chinese message.</summary>
    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ApplicationInputException e)
        {
            return Problems.BadRequest("申请内容不完整或有误：" + e.Message, e.Errors.ToDictionary(x => x.Key, x => new[] { x.Value }));
        }
        catch (ApplicationRuleException e)
        {
            return Problems.Unprocessable(e.Message);
        }
        catch (CalendarYearNotLoadedException e)
        {
            return Problems.Unprocessable(e.Message);
        }
        catch (ApplicationForbiddenException e)
        {
            return Problems.Forbidden(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("该申请刚被他人更新，请刷新后重试。");
        }
    }
}
