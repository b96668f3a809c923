using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>Overview column “目录事项未更新”: rows of an organ's adopted catalogue that map to a
/// column of its platform, where nothing was published within the row's period (每月 one month,
/// 每季度 three, anything else twelve) before the day the overview is judged on.</summary>
public sealed class CatalogueComplianceIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "catalogueRowsWithoutItems";

    public string Name => "目录事项未更新";

    public int Order => 150;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var organs = query.OrganizationIds.ToList();
        var rows = await db.Set<CatalogueEntry>().AsNoTracking()
            .Where(e => e.OrganizationId != null && organs.Contains(e.OrganizationId.Value) && e.ColumnId != null)
            .Where(e => db.Set<CatalogueAdoption>().Any(a => a.OrganizationId == e.OrganizationId && a.AreaId == e.AreaId))
            .Select(e => new { OrganizationId = e.OrganizationId!.Value, ColumnId = e.ColumnId!.Value, e.PeriodMonths, e.Level2 })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return new Dictionary<int, ComplianceFinding>();
        }

        var columns = rows.Select(r => r.ColumnId).Distinct().ToList();
        var end = new DateTimeOffset(query.AsOf.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        var latest = await db.Set<Publication>().AsNoTracking()
            .Where(p => columns.Contains(p.ColumnId) && p.PublishedAt != null && p.PublishedAt < end && p.Status != PublicationStatus.Withdrawn)
            .GroupBy(p => p.ColumnId)
            .Select(g => new { ColumnId = g.Key, Last = g.Max(p => p.PublishedAt) })
            .ToListAsync(ct);
        var last = latest.ToDictionary(l => l.ColumnId, l => l.Last!.Value);
        var result = new Dictionary<int, ComplianceFinding>();
        foreach (var organ in rows.GroupBy(r => r.OrganizationId))
        {
            var behind = organ.Where(r => !last.TryGetValue(r.ColumnId, out var at)
                || DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) <= query.AsOf.AddMonths(-Math.Max(1, r.PeriodMonths))).ToList();
            if (behind.Count > 0)
            {
                var names = string.Join("、", behind.Take(5).Select(r => r.Level2));
                result[organ.Key] = new ComplianceFinding(behind.Count, ComplianceLevel.Behind,
                    $"{behind.Count}项目录事项在其公开周期内没有发布信息：{names}{(behind.Count > 5 ? "等" : "")}", StandardCatalogUrls.Admin(organ.Key));
            }
        }

        return result;
    }
}
