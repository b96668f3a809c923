using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary><c>GET /api/v1/annual-reports/{organizationId}/{year}</c> (bearer token, any staff
/// member who may read the organ): template version, every table with stable row and column keys,
/// each cell's computed value, adjustment, explanation, source and value, the narrative, and the
/// check results with the failing cells as <c>table/row/column</c>.</summary>
public static class AnnualReportsApi
{
    public static void MapAnnualReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/annual-reports/{organizationId:int}/{year:int}", async (int organizationId, int year, GongkaiDbContext db,
            AnnualReportService reports, AnnualReportAccess access, CancellationToken ct) =>
        {
            var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId && o.Kind != OrganizationKind.Party, ct);
            if (organ is null)
            {
                return Problems.NotFound("未找到该机关。");
            }

            if (!await access.CanReadAsync(organizationId, ct))
            {
                await access.RecordDenialAsync(organizationId, "接口读取年度报告", ct);
                return Problems.Forbidden("您无权查看该机关的年度报告。");
            }

            if (!reports.IsReportableYear(year))
            {
                return Problems.NotFound($"没有{year}年度的年度报告：年度报告自{ReportTemplates.FirstYear}年度起按国家格式编制，且不能晚于本年。");
            }

            return Results.Ok(ToJson(await reports.ViewAsync(organ, year, ct)));
        }).WithSummary("读取机关某年度的政府信息公开工作年度报告（各表数据、说明与校验结果）").RequireAuthorization(Policies.Staff);
    }

    public static object ToJson(AnnualReportView view) => new
    {
        organizationId = view.OrganizationId,
        organization = view.OrganName,
        year = view.Year,
        templateVersion = view.Template.Version.ToString(),
        template = view.Template.Name,
        status = view.Status.ToString(),
        deadline = view.Deadline,
        late = view.Late,
        publicationId = view.PublicationId,
        sections = view.Template.Sections.Select(s => new
        {
            number = s.Number,
            key = s.Key,
            heading = s.Heading,
            text = s.IsNarrative ? view.Narratives.GetValueOrDefault(s.Key) : null,
            tables = view.Template.TablesOf(s.Key).Select(t => t.Key),
        }),
        narrativeIsDraft = view.NarrativeIsDraft,
        tables = view.Template.Tables.Select(t => new
        {
            key = t.Key,
            section = t.Section,
            caption = t.Caption,
            columns = t.Columns.Select(c => new { key = c.Key, label = c.Label, group = c.Group }),
            rows = t.Rows.Select(r => new
            {
                key = r.Key,
                label = r.Label,
                level = r.Level,
                hasData = r.HasData,
                cells = r.HasData
                    ? t.Columns.ToDictionary(c => c.Key, c =>
                    {
                        var cell = view.Cells[new CellKey(t.Key, r.Key, c.Key)];
                        return (object)new { computed = cell.Computed, adjustment = cell.Adjustment, explanation = cell.Explanation, source = cell.Source, value = cell.Value };
                    })
                    : null,
            }),
        }),
        facts = view.Facts.Select(f => new { key = f.Key, label = f.Label, value = f.Value }),
        warnings = view.Warnings,
        checksPassed = view.ChecksPass,
        checks = view.Checks.Select(c => new
        {
            code = c.Code,
            title = c.Title,
            passed = c.Passed,
            failures = c.Failures.Select(f => new { message = f.Message, cells = f.Cells.Select(k => k.ToString()), section = f.Section }),
        }),
    };
}
