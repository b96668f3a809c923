using System.Text.Json;
using Gongkai.Domain.ServiceCases;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Network;

namespace Gongkai.Web.Features.ServiceCases;

/// <summary><c>/api/v1/service-cases</c>.
/// <para><c>POST /</c> (staff token, editor of each record's organ): a JSON array of cases,
/// upserted by 办件编号; 422 problem details with <c>errors: [{row, message}]</c> and nothing saved
/// when any record fails. <c>?dryRun=true</c> only checks.</para>
/// <para><c>GET /lookup?number=&amp;check=</c> (public, rate-limited): one case by number and the
/// last four digits of the applicant's phone or ID number; 404 alike for an unknown number and
/// wrong digits.</para>
/// <para><c>GET /statistics?year=&amp;organization=</c> (public): on time, overdue, average days per organ and item.</para></summary>
public static class ServiceCasesApi
{
    public const int MaxRecords = 5000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapServiceCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/service-cases");

        api.MapPost("/", async (HttpRequest request, ServiceCaseService service, CancellationToken ct) =>
        {
            List<CaseInput?>? input;
            try
            {
                input = await JsonSerializer.DeserializeAsync<List<CaseInput?>>(request.Body, Json, ct);
            }
            catch (JsonException e)
            {
                return Problems.BadRequest($"请求体应为办件对象的 JSON 数组（日期为 yyyy-MM-dd）：{e.Path} 处无法读取。");
            }

            if (input is null || input.Count == 0)
            {
                return Problems.BadRequest("请求体应为非空的办件 JSON 数组。");
            }

            if (input.Count > MaxRecords)
            {
                return Problems.BadRequest($"一次最多报送 {MaxRecords} 件，请分批报送。");
            }

            var dryRun = bool.TryParse(request.Query["dryRun"], out var d) && d;
            var rows = input.Select((c, i) => (i + 1, (c ?? new CaseInput()).ToRecord())).ToList();
            var result = await service.UpsertAsync(rows, "条", dryRun, ct);
            if (!result.Ok)
            {
                return Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = "无法处理",
                    Detail = $"{result.Errors.Select(e => e.Row).Distinct().Count()} 条办件有误，全部未保存。",
                    Extensions = { ["errors"] = result.Errors.Select(e => new { row = e.Row, message = e.Message }) },
                });
            }

            return Results.Ok(new { received = result.Received, created = result.Created, updated = result.Updated, saved = !dryRun });
        }).RequireAuthorization(Policies.Staff).DisableAntiforgery().WithSummary("报送办件（JSON 数组，按办件编号新增或更新；有误则全部不保存）");

        api.MapGet("/lookup", async (string? number, string? check, ServiceCaseService service, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(number) || CheckDigits.Typed(check) is null)
            {
                return Problems.BadRequest("请提供办件编号（number）和申请人联系电话或证件号码的后四位（check）。");
            }

            var c = await service.LookupAsync(number, check, ct);
            return c is null ? Problems.NotFound(ServiceCaseTexts.NotFound) : Results.Ok(Body(c));
        }).AllowAnonymous().RequireRateLimiting(RateLimits.StatusLookup).WithSummary("按办件编号和校验号码（电话或证件号码后四位）查询办件进度");

        api.MapGet("/statistics", async (int? year, int? organization, ServiceCaseService service, CancellationToken ct) =>
        {
            var y = year ?? service.Today.Year;
            if (y is < 2000 or > 2100)
            {
                return Problems.BadRequest("year 应为四位年份。");
            }

            var rows = await service.StatisticsAsync(y, organization, ct);
            return Results.Ok(new
            {
                year = y,
                items = rows.Select(r => new
                {
                    organization = r.Organ,
                    organizationId = r.Row.OrganizationId,
                    itemCode = r.Row.ItemCode,
                    itemName = r.Row.ItemName,
                    total = r.Row.Total,
                    onTime = r.Row.OnTime,
                    overdue = r.Row.Overdue,
                    open = r.Row.Open,
                    openOverdue = r.Row.OpenOverdue,
                    averageDays = r.Row.AverageDays,
                }),
            });
        }).AllowAnonymous().WithSummary("办件统计：各机关各事项按时办结、超期办结、平均办理天数");
    }

    private static object Body(CaseView c) => new
    {
        number = c.Number,
        itemCode = c.ItemCode,
        itemName = c.ItemName,
        organization = c.Organization,
        applicant = c.Applicant,
        acceptedOn = c.AcceptedOn,
        currentStep = c.CurrentStep,
        promisedOn = c.PromisedOn,
        finishedOn = c.FinishedOn,
        result = c.Result,
        status = CaseTimelinessRules.Label(c.Timeliness),
        steps = c.Steps.Select(s => new { name = s.Name, on = s.On }),
    };

    /// <summary>A pushed case as the 政务服务 system sends it.</summary>
    public sealed class CaseInput
    {
        public string? Number { get; set; }

        public string? ItemCode { get; set; }

        public string? ItemName { get; set; }

        public string? Organization { get; set; }

        public string? Applicant { get; set; }

        public string? Phone { get; set; }

        public string? IdNumber { get; set; }

        public DateOnly? AcceptedOn { get; set; }

        public string? CurrentStep { get; set; }

        public List<StepInput>? Steps { get; set; }

        public DateOnly? PromisedOn { get; set; }

        public DateOnly? FinishedOn { get; set; }

        public string? Result { get; set; }

        public ServiceCaseRecord ToRecord() => new()
        {
            Number = ServiceCaseRules.NormalizeNumber(Number),
            ItemCode = ItemCode ?? "",
            ItemName = ItemName ?? "",
            Organization = Organization ?? "",
            Applicant = Applicant,
            Phone = Phone,
            IdNumber = IdNumber,
            AcceptedOn = AcceptedOn,
            CurrentStep = CurrentStep,
            Steps = (Steps ?? []).Select(s => new ServiceCaseStepRecord(s.Name ?? "", s.On ?? default)).ToList(),
            PromisedOn = PromisedOn,
            FinishedOn = FinishedOn,
            Result = Result,
        };
    }

    public sealed class StepInput
    {
        public string? Name { get; set; }

        public DateOnly? On { get; set; }
    }
}

public static class ServiceCaseTexts
{
    /// <summary>One answer for an unknown number and for wrong digits (no enumeration).</summary>
    public const string NotFound = "未查到该办件：办件编号或校验号码（申请人联系电话或证件号码后四位）不正确。";
}
