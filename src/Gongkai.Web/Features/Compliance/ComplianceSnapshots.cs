using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Features.Compliance;

/// <summary>The monthly snapshots: the month that ended last is stored once (judged on its last day),
/// the current month is computed on demand, so a trend always reaches today.</summary>
public sealed class ComplianceSnapshots(GongkaiDbContext db, ComplianceOverview overview, TimeProvider clock, ILogger<ComplianceSnapshots> log)
{
    /// <summary>Stores the month that ended last if it is not stored yet. Only that month: an older
    /// month judged on today's data would not be what the overview showed then. Returns whether
    /// a snapshot was taken.</summary>
    public async Task<bool> TakeDueAsync(CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var ended = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        if (await db.Set<ComplianceSnapshot>().AnyAsync(s => s.Year == ended.Year && s.Month == ended.Month, ct))
        {
            return false;
        }

        await TakeAsync(ended, ct);
        log.LogInformation("Compliance snapshot of {Year}-{Month} stored", ended.Year, ended.Month);
        return true;
    }

    /// <summary>Stores the overview of <paramref name="monthEnd"/>'s year as of that day.</summary>
    public async Task TakeAsync(DateOnly monthEnd, CancellationToken ct = default)
    {
        var matrix = await overview.ComputeAsync(monthEnd.Year, null, monthEnd, ct);
        var now = clock.GetUtcNow();
        foreach (var row in matrix.Rows)
        {
            db.Add(new ComplianceSnapshot
            {
                Year = monthEnd.Year,
                Month = monthEnd.Month,
                OrganizationId = row.OrganizationId,
                Score = row.Score,
                TakenAt = now,
                Findings = row.Findings.Select(f => new ComplianceSnapshotFinding { IndicatorKey = f.Key, Count = f.Value.Count, Level = f.Value.Level }).ToList(),
            });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Each organ's score per month of <paramref name="year"/>: the stored months, then the
    /// current month from <paramref name="current"/> when the year is this year.</summary>
    public async Task<Dictionary<int, SortedDictionary<int, decimal>>> ScoresAsync(int year, ComplianceMatrix current, CancellationToken ct = default)
    {
        var ids = current.Rows.Select(r => r.OrganizationId).ToList();
        var stored = await db.Set<ComplianceSnapshot>().AsNoTracking().Where(s => s.Year == year && ids.Contains(s.OrganizationId))
            .Select(s => new { s.OrganizationId, s.Month, s.Score }).ToListAsync(ct);
        var trend = ids.ToDictionary(id => id, _ => new SortedDictionary<int, decimal>());
        foreach (var s in stored)
        {
            trend[s.OrganizationId][s.Month] = s.Score;
        }

        if (current.AsOf.Year == year)
        {
            foreach (var row in current.Rows)
            {
                trend[row.OrganizationId][current.AsOf.Month] = row.Score;
            }
        }

        return trend;
    }

    /// <summary>The stored snapshots of the year (with the current month computed) as a workbook:
    /// one line per organ and month, a column per indicator.</summary>
    public async Task<byte[]> ExcelAsync(int year, ComplianceMatrix current, CancellationToken ct = default)
    {
        var ids = current.Rows.Select(r => r.OrganizationId).ToList();
        var names = current.Rows.ToDictionary(r => r.OrganizationId, r => r.Organ);
        var stored = await db.Set<ComplianceSnapshot>().AsNoTracking().Include(s => s.Findings)
            .Where(s => s.Year == year && ids.Contains(s.OrganizationId)).ToListAsync(ct);
        var lines = stored.Select(s => (s.Month, s.OrganizationId, s.Score, Counts: s.Findings.ToDictionary(f => f.IndicatorKey, f => (int?)f.Count)))
            .Concat(current.AsOf.Year == year
                ? current.Rows.Select(r => (current.AsOf.Month, r.OrganizationId, r.Score, Counts: r.Findings.ToDictionary(f => f.Key, f => (int?)f.Value.Count)))
                : [])
            .OrderBy(l => ids.IndexOf(l.OrganizationId)).ThenBy(l => l.Item1);
        var sheet = lines.Select(l =>
        {
            var line = new Dictionary<string, object?> { ["机关"] = names[l.OrganizationId], ["月份"] = $"{year}-{l.Item1:00}" };
            foreach (var c in current.Columns)
            {
                line[c.Name] = l.Counts.GetValueOrDefault(c.Key);
            }

            line["得分"] = l.Score;
            return line;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "月度快照");
        return stream.ToArray();
    }
}
