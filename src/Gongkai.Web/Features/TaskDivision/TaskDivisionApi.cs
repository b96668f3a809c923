using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary><c>/api/v1/task-divisions</c> (bearer token).
/// <para><c>POST /import[?dryRun=true]</c>: a file (.txt/.docx/.xlsx/.html) or text; answers
/// <c>{ keyTaskCount, subTaskCount, measureCount, measures: [{ path, text, leadUnits, responsibleUnits,
/// deadlines }], unresolvedUnits, cutOff, lostRows }</c>, plus <c>noticeId</c> and <c>created</c> when
/// saved (a table cut off at its end saves its whole rows; <c>lostRows</c> names the rest). A file
/// that is not a notice → 422 with the reason; unmapped unit names → 422 listing them, nothing saved.</para>
/// <para><c>POST /measures/{id}/due-date</c> <c>{ dueOn, reason }</c>: the district office edits a due date.</para>
/// <para><c>POST /unit-mappings</c> <c>{ name, organization }</c>: remembers what a unit name means.</para></summary>
public static class TaskDivisionApi
{
    public static void MapTaskDivisionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/task-divisions").RequireAuthorization(Policies.Staff);

        api.MapPost("/import", async (HttpRequest request, TaskDivisionAccess access, TaskDivisionImporter importer, CancellationToken ct) =>
        {
            if (!await access.MayManageAsync(ct))
            {
                return Problems.Forbidden("只有区政府办公室的督查人员或系统管理员可以导入任务分工。");
            }

            var dryRun = false;
            if (request.Query["dryRun"] is { Count: > 0 } values && !bool.TryParse(values[0], out dryRun))
            {
                return Problems.BadRequest("参数 dryRun 的值应为 true 或 false。");
            }

            var (source, year, readError) = await TaskDivisionImportRequest.ReadAsync(request, ct);
            if (source is null)
            {
                return Problems.Unprocessable(readError!);
            }

            var preview = await importer.PreviewAsync(source, year, ct);
            if (!preview.Succeeded)
            {
                return Problems.Unprocessable(preview.Error!);
            }

            if (dryRun)
            {
                return Results.Ok(TaskDivisionJson.Preview(preview));
            }

            var (noticeId, created, error) = await importer.SaveAsync(preview, ct);
            if (error is not null)
            {
                return Results.Problem(error, statusCode: StatusCodes.Status422UnprocessableEntity, title: "无法处理",
                    extensions: new Dictionary<string, object?> { ["unresolvedUnits"] = preview.UnresolvedUnits });
            }

            return Results.Ok(TaskDivisionJson.Preview(preview, noticeId, created));
        }).WithSummary("导入任务分工通知（文件或文本），可先试导入预览");

        api.MapPost("/unit-mappings", async (TaskUnitMappingInput body, TaskDivisionAccess access, TaskDivisionImporter importer,
            Organizations.OrganizationDirectory directory, CancellationToken ct) =>
        {
            if (!await access.MayManageAsync(ct))
            {
                return Problems.Forbidden("只有区政府办公室的督查人员或系统管理员可以对应单位名称。");
            }

            if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Trim().Length > Domain.Organizations.OrganizationNames.MaxNameLength)
            {
                return Problems.BadRequest("请填写通知中的单位名称（不超过 100 个字符）。");
            }

            var match = await directory.ResolveAsync(body.Organization, ct);
            if (!match.Found)
            {
                return Problems.BadRequest(match.Error!);
            }

            await importer.MapUnitAsync(body.Name, match.Id!.Value, ct);
            return Results.Ok(new { name = body.Name.Trim(), organizationId = match.Id });
        }).WithSummary("记住责任单位名称对应的机关");

        api.MapPost("/measures/{id:int}/reports", async (int id, TaskProgressInput body, TaskTrackingService tracking, CancellationToken ct) =>
            Answer(await tracking.ReportAsync(id, body, ct))).WithSummary("报送一项举措的落实进展");

        api.MapPost("/measures/{id:int}/sign-off", async (int id, TaskSignOffInput body, TaskTrackingService tracking, CancellationToken ct) =>
            Answer(await tracking.SignOffAsync(id, body.OrganizationId, ct))).WithSummary("牵头单位确认一项举措已完成");

        api.MapPost("/measures/{id:int}/supervisions", async (int id, TaskSupervisionInput body, TaskSupervisionService supervision, CancellationToken ct) =>
            Answer(await supervision.SendAsync(id, body.OrganizationId, body.Message, ct))).WithSummary("对一项举措发出督办");

        api.MapPost("/measures/{id:int}/due-date", async (int id, TaskDueDateInput body, TaskDueDateService dueDates, CancellationToken ct) =>
            Answer(await dueDates.EditAsync(id, body.DueOn, body.Reason, ct))).WithSummary("区政府办公室调整一项举措的完成时限");

        api.MapPost("/supervisions/{id:int}/answer", async (int id, TaskSupervisionAnswerInput body, TaskSupervisionService supervision, CancellationToken ct) =>
            Answer(await supervision.AnswerAsync(id, body.Answer, ct))).WithSummary("答复督办");

        api.MapGet("/notices/{id:int}/progress", async (int id, TaskDivisionAccess access, TaskTrackingService tracking, CancellationToken ct) =>
        {
            if (!await access.MayManageAsync(ct))
            {
                return Problems.Forbidden("只有区政府办公室的督查人员或系统管理员可以查看全部进展。");
            }

            var (_, _, tree) = await tracking.TreeAsync(id, ct);
            return tree.Measures == 0 ? Problems.NotFound("没有这份任务分工。") : Results.Ok(tree);
        }).WithSummary("查看一份任务分工通知的落实进度");
    }

    private static IResult Answer((string? Error, bool Forbidden) outcome) =>
        outcome.Error is null ? Results.Ok(new { ok = true })
        : outcome.Forbidden ? Problems.Forbidden(outcome.Error)
        : Problems.Unprocessable(outcome.Error);
}
