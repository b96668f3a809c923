using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Compliance;

/// <summary><c>GET /api/v1/compliance?year=&amp;organization=</c> (staff token): the overview's rows
/// the person may see, <c>[{ organizationId, organization, indicators: { key: { count, level, detail,
/// url } }, score }]</c>; the district office sees every organ, other staff their own organs.</summary>
public static class ComplianceApi
{
    public static void MapComplianceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/compliance", async (int? year, int? organization, ComplianceAccess access, ComplianceOverview overview, TimeProvider clock, CancellationToken ct) =>
        {
            var thisYear = ChinaTime.Today(clock).Year;
            var y = year ?? thisYear;
            if (y < 2000 || y > thisYear + 1)
            {
                return Problems.BadRequest($"年份 {y} 无效：应在 2000 年至 {thisYear + 1} 年之间。");
            }

            var visible = await access.VisibleOrganizationsAsync(ct);
            IReadOnlySet<int>? only = visible;
            if (organization is { } org)
            {
                if (!await access.CanSeeAsync(org, ct))
                {
                    return Problems.Forbidden("只能查看本机关的政务公开情况。");
                }

                only = new HashSet<int> { org };
            }

            var matrix = await overview.ComputeAsync(y, only, ct: ct);
            if (organization is { } wanted && matrix.Rows.All(r => r.OrganizationId != wanted))
            {
                return Problems.NotFound("未找到该机关，或该机关不在政务公开总览范围内。");
            }

            return Results.Ok(matrix.Rows.Select(r => new
            {
                organizationId = r.OrganizationId,
                organization = r.Organ,
                indicators = r.Findings.ToDictionary(f => f.Key, f => new
                {
                    count = f.Value.Count,
                    level = Label(f.Value.Level),
                    detail = f.Value.Detail,
                    url = f.Value.EvidenceUrl,
                }),
                score = r.Score,
            }));
        }).RequireAuthorization(Policies.Staff).WithSummary("全区政务公开总览：各机关各项指标（逾期、迟发、空栏目等）与得分");
    }

    public static string Label(ComplianceLevel level) => level switch
    {
        ComplianceLevel.Ok => "ok",
        ComplianceLevel.Warning => "warning",
        _ => "behind",
    };
}
