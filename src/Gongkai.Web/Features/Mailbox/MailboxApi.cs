using System.Globalization;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Mailbox;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Network;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Mailbox;

/// <summary><c>/api/v1/mailbox</c>: the public writes and reads published letters and the published
/// monthly analyses; staff record the handling steps and read a letter with its writer's data.</summary>
public static class MailboxApi
{
    public static void MapMailboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/mailbox");

        // Anonymous on purpose (the public's channel); a staff token may register a letter by post with its receipt date.
        api.MapPost("/letters", async (LetterInput body, MailboxService service, HttpContext http, CancellationToken ct) =>
        {
            var byStaff = http.User.Identity?.IsAuthenticated == true;
            return await RunAsync(async () =>
            {
                var result = await service.SubmitAsync(body, byStaff, [], ct);
                var l = result.Letter;
                var answer = new
                {
                    id = l.Id,
                    trackingCode = l.TrackingCode,
                    queryPassword = result.Password,
                    receivedOn = l.ReceivedOn,
                    signOffBy = l.SignOffBy,
                    replyBy = l.ReplyBy,
                    duplicate = result.Duplicate,
                    message = result.Duplicate ? "该来信已经提交过，没有重复登记；请使用首次提交时获得的查询码和查询密码。" : null,
                };
                return result.Duplicate ? Results.Ok(answer) : Results.Created($"/api/v1/mailbox/letters/{l.Id}", answer);
            });
        }).WithSummary("写信给区长信箱或部门信箱（工作人员令牌可登记邮寄来信及收信日期）").AllowAnonymous().RequireRateLimiting(RateLimits.PublicWrite);

        api.MapGet("/letters", async (bool? published, int? page, GongkaiDbContext db, CancellationToken ct) =>
        {
            if (published != true)
            {
                return Problems.BadRequest("公众只能查询已公开的来信：请使用 published=true。");
            }

            var p = Math.Max(1, page ?? 1);
            var rows = await db.Set<MailboxLetter>().AsNoTracking().Where(l => l.PublishedAt != null)
                .OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id).Skip((p - 1) * 20).Take(20).ToListAsync(ct);
            var organIds = rows.Select(l => l.RepliedByOrganizationId).OfType<int>().Distinct().ToList();
            var names = await db.Set<Organization>().AsNoTracking().Where(o => organIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            return Results.Ok(new
            {
                page = p,
                items = rows.Select(l => MailboxView.Public(l, l.RepliedByOrganizationId is { } o ? names.GetValueOrDefault(o) : MailboxAnalysis.DistrictOfficeLabel)),
            });
        }).WithSummary("已公开的来信及答复（隐去写信人个人信息）").AllowAnonymous();

        api.MapGet("/stats", async (string? month, MailboxService service, MailboxAnalysis analysis, TimeProvider clock, CancellationToken ct) =>
        {
            if (!DateOnly.TryParseExact((month ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return Problems.BadRequest("请按 yyyy-MM 格式填写月份，如 month=2026-11。");
            }

            var today = ChinaTime.Today(clock);
            // The analysis is published once the month is over; the district office sees it any time.
            if (first.AddMonths(1) > today && !await service.MaySeeCurrentAnalysisAsync(ct))
            {
                return Problems.NotFound($"{first:yyyy年M月}的汇总分析将在该月结束后公布。");
            }

            var (from, to) = MailboxAnalysis.MonthRange(first.Year, first.Month);
            return Results.Ok(await analysis.ComputeAsync(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), from, to, Min(today, to.AddDays(1)), ct));
        }).WithSummary("区长信箱每月汇总分析（收信、答复、按时、逾期、公开，按类型、机关、问题分类）").AllowAnonymous();

        var staff = api.MapGroup("/letters").RequireAuthorization(Policies.Staff);
        staff.MapGet("/{id:int}", async (int id, MailboxService service, CancellationToken ct) =>
        {
            var l = await service.FindForStaffAsync(id, ct);
            if (l is null)
            {
                return Problems.NotFound("未找到该来信，或您无权查看。");
            }

            return await RunAsync(async () =>
            {
                var clock = await service.ClockAsync(l, ct);
                var (name, phone, email) = await service.RevealAsync(l, "api", ct);
                return Results.Ok(new
                {
                    id = l.Id,
                    trackingCode = l.TrackingCode,
                    type = LetterTypes.Code(l.Type),
                    subject = l.Subject,
                    content = l.Content,
                    name,
                    phone,
                    email,
                    publish = l.PublishConsent,
                    recipient = await service.OrganizationNameAsync(l.RecipientOrganizationId, ct) ?? "区长信箱",
                    handlingOrganization = await service.OrganizationNameAsync(l.HandlingOrganizationId, ct),
                    topic = l.Topic,
                    receivedOn = l.ReceivedOn,
                    reply = l.ReplyText,
                    published = l.IsPublished,
                    masking = l.MaskingReport,
                    clock = MailboxView.Clock(clock),
                    events = l.Events.OrderBy(e => e.Id).Select(e => new { type = LetterEventTypes.Code(e.Type), e.On, organization = e.OrganizationId, text = e.Text, e.Approver, e.RecordedBy }),
                });
            });
        }).WithSummary("读取一封来信（含写信人信息、办理期限和办理记录）");

        staff.MapPost("/{id:int}/events", async (int id, LetterEventInput body, MailboxService service, CancellationToken ct) =>
        {
            var l = await service.FindForStaffAsync(id, ct);
            if (l is null)
            {
                return Problems.NotFound("未找到该来信，或您无权办理。");
            }

            return await RunAsync(async () =>
            {
                var clock = await service.AddEventAsync(l, body, ct);
                return Results.Ok(new { clock = MailboxView.Clock(clock), masking = l.MaskingReport });
            });
        }).WithSummary("记录来信的办理环节（交办、签收、退回、延期、答复、公开）");
    }

    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (LetterInputException e)
        {
            return Problems.BadRequest("来信内容不完整或有误：" + e.Message, e.Errors.ToDictionary(x => x.Key, x => new[] { x.Value }));
        }
        catch (LetterRuleException e)
        {
            return Problems.Unprocessable(e.Message);
        }
        catch (CalendarYearNotLoadedException e)
        {
            return Problems.Unprocessable(e.Message);
        }
        catch (LetterForbiddenException e)
        {
            return Problems.Forbidden(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("该来信刚被他人更新，请刷新后重试。");
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
