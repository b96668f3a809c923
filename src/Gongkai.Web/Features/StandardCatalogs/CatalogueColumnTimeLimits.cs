using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>The 公开时限 of the catalogue rows mapped to a column, as that column's publication limit
/// (the strictest row wins). Rows of areas the organ no longer adopts do not count.</summary>
public sealed class CatalogueColumnTimeLimits(GongkaiDbContext db) : IColumnTimeLimits
{
    public async Task<IReadOnlyDictionary<int, ColumnTimeLimit>> ForColumnsAsync(IReadOnlyCollection<int> columnIds, CancellationToken ct)
    {
        var ids = columnIds.ToList();
        var rows = await db.Set<CatalogueEntry>().AsNoTracking()
            .Where(e => e.ColumnId != null && ids.Contains(e.ColumnId.Value) && e.OrganizationId != null)
            .Where(e => db.Set<CatalogueAdoption>().Any(a => a.OrganizationId == e.OrganizationId && a.AreaId == e.AreaId))
            .Select(e => new { ColumnId = e.ColumnId!.Value, e.ItemWorkingDays, e.TimeLimit, e.Level2 })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ColumnId).ToDictionary(g => g.Key, g =>
        {
            var strictest = g.MinBy(r => r.ItemWorkingDays)!;
            return new ColumnTimeLimit(strictest.ItemWorkingDays, $"标准目录“{strictest.Level2}”：{strictest.TimeLimit}");
        });
    }
}
