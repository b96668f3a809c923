using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Features.Applications;

/// <summary>Excel export of the case list with the queue's filters (organ, open/closed, received
/// from/to), for the person's organs or, for a supervisor, the district. The export carries the
/// applicant's name (personal information), so each export is written to the audit log; the
/// encrypted fields are never exported.</summary>
public static class ApplicationExport
{
    public static void MapApplicationExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/applications/export", async (string? scope, int? org, bool? closed, DateOnly? from, DateOnly? to,
            ApplicationAccess applications, StaffAccess access, GongkaiDbContext db, AuditTrail audit, HttpContext http, CancellationToken ct) =>
        {
            var handled = await applications.HandledOrganizationsAsync(ct);
            var own = (await access.MembershipsAsync(ct)).Where(m => m.Role == BusinessRole.CaseHandler).Select(m => m.OrganizationId).ToHashSet();
            IReadOnlySet<int>? organizations = scope == "district" && handled is null ? null : own;
            if (organizations is { Count: 0 })
            {
                return Results.Problem("只有依申请公开经办人或督查人员可以导出申请列表。", statusCode: StatusCodes.Status403Forbidden, title: "无权访问");
            }

            var query = db.Set<DisclosureApplication>().AsNoTracking();
            if (organizations is not null)
            {
                query = query.Where(a => organizations.Contains(a.OrganizationId));
            }

            if (org is { } o)
            {
                query = query.Where(a => a.OrganizationId == o);
            }

            if (closed != true)
            {
                query = query.Where(a => a.IsOpen);
            }

            if (from is { } f)
            {
                query = query.Where(a => a.ReceivedOn >= f);
            }

            if (to is { } t)
            {
                query = query.Where(a => a.ReceivedOn <= t);
            }

            var names = await db.Set<Organization>().AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, ct);
            var rows = await query.OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(ct);
            var values = rows.Select(a => new Dictionary<string, object?>
            {
                ["查询码"] = a.TrackingCode,
                ["受理机关"] = names.GetValueOrDefault(a.OrganizationId),
                ["申请人类型"] = ApplicantKinds.Name(a.ApplicantKind),
                ["申请人"] = a.ApplicantName,
                ["所需信息"] = a.InformationTitle,
                ["渠道"] = ApplicationChannels.Name(a.Channel),
                ["收到日期"] = a.ReceivedOn?.ToString("yyyy-MM-dd"),
                ["答复期限"] = a.DueOn?.ToString("yyyy-MM-dd"),
                ["状态"] = ApplicationStages.Name(a.Stage),
                ["答复结果代码"] = a.Outcome,
                ["答复结果"] = ApplicationOutcomes.Find(a.Outcome)?.Name,
                ["答复日期"] = a.RepliedOn?.ToString("yyyy-MM-dd"),
                ["行政复议"] = a.ReconsiderationResult,
                ["行政诉讼"] = a.LitigationResult,
            }).ToList();
            audit.Record("application.exported", targetType: "application", detail: $"scope={scope ?? "organ"};org={org};closed={closed};from={from};to={to};rows={rows.Count}");
            await db.SaveChangesAsync(ct);

            var stream = new MemoryStream();
            await MiniExcel.SaveAsAsync(stream, values, sheetName: "依申请公开", excelType: ExcelType.XLSX, cancellationToken: ct);
            stream.Position = 0;
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "依申请公开.xlsx");
        }).RequireAuthorization(Policies.Staff);
}
