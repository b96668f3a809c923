using System.Globalization;
using Gongkai.Domain.StandardCatalogs;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>Keeps the catalogues: imports an area's rows for an organ (or the district template),
/// maps the proactive website rows to the organ's columns, and records which areas an organ has
/// adopted. Every change is audited.</summary>
public sealed class StandardCatalogService(GongkaiDbContext db, ColumnTree tree, AuditTrail audit, StandardCatalogCache cache, TimeProvider clock)
{
    private const string TargetType = "standardCatalog";

    public Task<List<CatalogueArea>> AreasAsync(CancellationToken ct = default) =>
        db.Set<CatalogueArea>().AsNoTracking().OrderBy(a => a.Number).ToListAsync(ct);

    /// <summary>An area by its number (1–26) or its name.</summary>
    public async Task<CatalogueArea?> ResolveAreaAsync(string? text, CancellationToken ct = default)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return await db.Set<CatalogueArea>().AsNoTracking().FirstOrDefaultAsync(a => a.Number == number, ct);
        }

        return await db.Set<CatalogueArea>().AsNoTracking().FirstOrDefaultAsync(a => a.Name == t, ct);
    }

    /// <summary>Replaces the area's rows of the organ (or of the template, <paramref name="organizationId"/>
    /// null) with <paramref name="rows"/> and adopts the area. Nothing is saved when a row has errors
    /// or on a dry run; warnings never stop an import.</summary>
    public async Task<CatalogueImportResult> ImportAsync(int? organizationId, CatalogueArea area, IReadOnlyList<CatalogueRow> rows, bool dryRun, CancellationToken ct = default)
    {
        var columns = await ColumnsAsync(organizationId, ct);
        var mapped = rows.Select(r => Map(r, columns, organizationId is not null)).ToList();
        var failed = mapped.Count(r => !r.Row.Ok);
        if (failed > 0 || dryRun)
        {
            return new(mapped.Count - failed, failed, mapped, Saved: false);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var old = await db.Set<CatalogueEntry>().Where(e => e.OrganizationId == organizationId && e.AreaId == area.Id).ToListAsync(ct);
        db.RemoveRange(old);
        var sequence = 0;
        foreach (var m in mapped)
        {
            db.Add(ToEntry(m.Row, organizationId, area.Id, ++sequence, m.ColumnId, m.Row.Warnings.Concat(m.Warnings)));
        }

        if (organizationId is { } id)
        {
            await AdoptCoreAsync(id, [area.Id], ct);
        }

        audit.Record("standardCatalog.imported", targetType: TargetType, targetId: $"{organizationId?.ToString(CultureInfo.InvariantCulture) ?? "template"}/{area.Number}",
            organizationId: organizationId, before: new { rows = old.Count }, after: new { area = area.Name, rows = mapped.Count, warnings = mapped.Sum(m => m.Row.Warnings.Count + m.Warnings.Count) });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await cache.ChangedAsync(ct);
        return new(mapped.Count, 0, mapped, Saved: true);
    }

    /// <summary>Sets the areas the organ has adopted to exactly <paramref name="areaIds"/>. A newly
    /// adopted area with no rows of the organ's own starts from the district template.</summary>
    public async Task AdoptAsync(int organizationId, IReadOnlyCollection<int> areaIds, CancellationToken ct = default)
    {
        var current = await db.Set<CatalogueAdoption>().Where(a => a.OrganizationId == organizationId).ToListAsync(ct);
        var dropped = current.Where(a => !areaIds.Contains(a.AreaId)).ToList();
        db.RemoveRange(dropped);
        var added = await AdoptCoreAsync(organizationId, areaIds, ct);
        var columns = await ColumnsAsync(organizationId, ct);
        foreach (var areaId in added)
        {
            if (await db.Set<CatalogueEntry>().AnyAsync(e => e.OrganizationId == organizationId && e.AreaId == areaId, ct))
            {
                continue;
            }

            var template = await db.Set<CatalogueEntry>().AsNoTracking().Where(e => e.OrganizationId == null && e.AreaId == areaId).OrderBy(e => e.Sequence).ToListAsync(ct);
            foreach (var t in template)
            {
                var row = CatalogueReader.Check(t.Sequence, ToInput(t));
                var m = Map(row, columns, mapColumns: true);
                db.Add(ToEntry(row, organizationId, areaId, t.Sequence, m.ColumnId, row.Warnings.Concat(m.Warnings)));
            }
        }

        audit.Record("standardCatalog.adopted", targetType: TargetType, targetId: organizationId.ToString(CultureInfo.InvariantCulture), organizationId: organizationId,
            before: new { areas = current.Select(a => a.AreaId).Order().ToList() }, after: new { areas = areaIds.Order().ToList() });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
    }

    /// <summary>Renames an area (the official titles differ between documents).</summary>
    public async Task<string?> RenameAreaAsync(int areaId, string? name, CancellationToken ct = default)
    {
        var text = name?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return "领域名称不能为空，且不超过100字。";
        }

        var area = await db.Set<CatalogueArea>().FirstOrDefaultAsync(a => a.Id == areaId, ct);
        if (area is null)
        {
            return "没有这个领域。";
        }

        if (await db.Set<CatalogueArea>().AnyAsync(a => a.Id != areaId && a.Name == text, ct))
        {
            return $"已有名为“{text}”的领域。";
        }

        audit.Record("standardCatalog.areaRenamed", targetType: TargetType, targetId: area.Number.ToString(CultureInfo.InvariantCulture), before: new { area.Name }, after: new { Name = text });
        area.Name = text;
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return null;
    }

    private async Task<List<int>> AdoptCoreAsync(int organizationId, IEnumerable<int> areaIds, CancellationToken ct)
    {
        var have = await db.Set<CatalogueAdoption>().Where(a => a.OrganizationId == organizationId).Select(a => a.AreaId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var added = areaIds.Distinct().Where(id => !have.Contains(id)).ToList();
        foreach (var id in added)
        {
            db.Add(new CatalogueAdoption { OrganizationId = organizationId, AreaId = id, AdoptedAt = now });
        }

        return added;
    }

    private async Task<List<PublicationColumn>> ColumnsAsync(int? organizationId, CancellationToken ct)
    {
        if (organizationId is not { } id || await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is not { } organ)
        {
            return [];
        }

        return await tree.EnsureAsync(organ, ct);
    }

    /// <summary>The column a proactive website row belongs to: the one it names, else the one titled
    /// as its 二级事项 or 一级事项.</summary>
    private static MappedRow Map(CatalogueRow row, List<PublicationColumn> columns, bool mapColumns)
    {
        var onWebsite = row.Mode == CatalogueMode.Proactive && row.Channels.HasFlag(DisclosureChannel.GovernmentWebsite);
        if (!mapColumns || !onWebsite || !row.Ok)
        {
            return new(row, null, []);
        }

        var named = row.Input.Column?.Trim();
        var column = named is { Length: > 0 }
            ? columns.FirstOrDefault(c => c.Key == named || c.Title == named)
            : columns.FirstOrDefault(c => c.Title == row.Input.Level2?.Trim()) ?? columns.FirstOrDefault(c => c.Title == row.Input.Level1?.Trim());
        if (column is not null)
        {
            return new(row, column.Id, []);
        }

        var wanted = named ?? row.Input.Level2 ?? row.Input.Level1;
        return new(row, null, [$"第{row.Row}行：主动公开且渠道含政府网站，但本机关平台没有名为“{wanted}”的栏目，该行的公开时限暂不约束任何栏目。"]);
    }

    private static CatalogueEntry ToEntry(CatalogueRow row, int? organizationId, int areaId, int sequence, int? columnId, IEnumerable<string> warnings)
    {
        var text = string.Join("\n", warnings);
        return new CatalogueEntry
        {
            AreaId = areaId,
            OrganizationId = organizationId,
            Sequence = sequence,
            Level1 = row.Input.Level1?.Trim(),
            Level2 = row.Input.Level2?.Trim(),
            Content = row.Input.Content?.Trim(),
            Basis = row.Input.Basis?.Trim(),
            TimeLimit = row.Input.TimeLimit?.Trim(),
            TimeLimitKind = row.TimeLimit.Kind,
            ItemWorkingDays = row.TimeLimit.ItemWorkingDays,
            PeriodMonths = row.TimeLimit.PeriodMonths,
            Subject = row.Input.Subject?.Trim(),
            Channels = row.Channels,
            OtherChannels = row.OtherChannels,
            Audience = row.Audience,
            Mode = row.Mode,
            Level = row.Level,
            ColumnId = columnId,
            Warnings = text.Length == 0 ? null : text,
        };
    }

    /// <summary>A stored row as input again (for copying the template to an organ, and for export).</summary>
    public static CatalogueRowInput ToInput(CatalogueEntry e) => new()
    {
        Level1 = e.Level1,
        Level2 = e.Level2,
        Content = e.Content,
        Basis = e.Basis,
        TimeLimit = e.TimeLimit,
        Subject = e.Subject,
        Channels = string.Join("、", new[] { DisclosureChannels.Describe(e.Channels & ~DisclosureChannel.Other), e.OtherChannels ?? (e.Channels.HasFlag(DisclosureChannel.Other) ? "其他" : null) }.Where(s => !string.IsNullOrEmpty(s))),
        Audience = CatalogueTerms.Name(e.Audience),
        Mode = CatalogueTerms.Name(e.Mode),
        Level = CatalogueTerms.Name(e.Level),
    };
}

public sealed record MappedRow(CatalogueRow Row, int? ColumnId, IReadOnlyList<string> Warnings)
{
    public IEnumerable<string> AllWarnings => Row.Warnings.Concat(Warnings);
}

public sealed record CatalogueImportResult(int Imported, int Failed, IReadOnlyList<MappedRow> Rows, bool Saved);
