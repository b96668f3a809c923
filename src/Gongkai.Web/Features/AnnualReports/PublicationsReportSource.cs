using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>The disclosure platform's contribution: how many items each column published in the
/// year (for 一、总体情况). It gives no table-二 cells: a column count mixes 规章 with 规范性文件 and
/// cannot tell issued from repealed, so those wait for the normative-documents and enforcement
/// sources rather than being guessed.</summary>
public sealed class PublicationsReportSource(GongkaiDbContext db) : IAnnualReportSource
{
    public const string TotalFact = "publications.total";
    public const string ColumnFactPrefix = "publications.column.";

    public string Name => "政府信息公开平台发布记录";

    public async Task ContributeAsync(AnnualReportQuery query, ReportFigures figures, CancellationToken ct)
    {
        var items = db.Set<Publication>().AsNoTracking()
            .Where(p => p.PublishedAt >= query.Start && p.PublishedAt < query.End && p.PublishedRevisionNumber != null && p.Status != PublicationStatus.Scheduled);
        if (query.OrganizationIds is { } ids)
        {
            items = ids.Count == 1 ? items.Where(p => p.OrganizationId == ids.First()) : items.Where(p => ids.Contains(p.OrganizationId));
        }

        var byColumn = await items.GroupBy(p => p.ColumnId).Select(g => new { ColumnId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var columnIds = byColumn.Select(c => c.ColumnId).ToList();
        var columns = await db.Set<PublicationColumn>().AsNoTracking().Where(c => columnIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Key, c.Title, c.SortOrder }).ToDictionaryAsync(c => c.Id, ct);

        figures.AddFact(TotalFact, "本年主动公开政府信息（条）", byColumn.Sum(c => c.Count));
        // Organs share column keys, so the district total adds up the same column across organs.
        foreach (var group in byColumn.GroupBy(c => columns[c.ColumnId].Key).OrderBy(g => g.Min(c => columns[c.ColumnId].SortOrder)))
        {
            figures.AddFact(ColumnFactPrefix + group.Key, columns[group.First().ColumnId].Title, group.Sum(c => c.Count));
        }
    }
}
