using Gongkai.Domain.PublicEnterprises;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Builds an organ's column tree: the four first-level columns and, under 法定主动公开内容,
/// one sub-column per statutory item the organ holds (<see cref="StatutoryAssignment"/>). Default
/// assignments come from <see cref="StatutoryDuties"/>; an item the organ has not been decided on
/// yet is added, a decided one is left as the district office set it. Only missing rows and columns
/// are added, so it runs at every start (existing databases get new default columns) and on first
/// use by an organ created since.</summary>
public sealed class ColumnTree(IServiceProvider services, PortalCache cache)
{
    /// <summary>The request's context, made on first use: an uncached public page nearly always finds
    /// the tree in memory and then needs none (making one was about a tenth of such a page's work).</summary>
    private GongkaiDbContext Db => field ??= services.GetRequiredService<GongkaiDbContext>();

    /// <summary>Own sub-columns sort after every statutory one (which take 1–22).</summary>
    public const int CustomSortStart = 100;

    private const string PublicMemo = "public-tree";

    /// <summary>An active organ with a public platform and its columns.</summary>
    public sealed record PublicTree(Organization Organ, IReadOnlyList<PublicationColumn> Columns);

    /// <summary>The organ and its column tree as every public page of the organ reads them (null: no
    /// such active organ with a platform). Kept in memory (<see cref="PortalCache.MemoAsync{T}"/>)
    /// until the organ's pages are evicted — a column added or renamed, an organ changed — so an
    /// uncached page does not read and check the tree again. Shared by every request: read only.</summary>
    public ValueTask<PublicTree?> PublicAsync(int organizationId, CancellationToken ct = default) =>
        cache.MemoAsync<PublicTree?>(PublicMemo, organizationId, async c =>
        {
            var organ = await Db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId && o.IsActive, c);
            if (organ is null || !OrganizationKinds.HasPlatform(organ.Kind))
            {
                return null;
            }

            var columns = await EnsureAsync(organ, c);
            // Detached copies: the memo outlives this request's context.
            foreach (var column in columns)
            {
                Db.Entry(column).State = EntityState.Detached;
            }

            return new PublicTree(organ, columns.AsReadOnly());
        }, ct);

    /// <summary>Drops the memo of <see cref="PublicAsync"/>, e.g. when a column asked for is not in it
    /// (added by another feature or node since).</summary>
    public void ForgetPublic(int organizationId) => cache.ForgetMemo(PublicMemo, organizationId);

    public async Task<List<PublicationColumn>> EnsureAsync(Organization organ, CancellationToken ct = default)
    {
        var existing = await Db.Set<PublicationColumn>().Where(c => c.OrganizationId == organ.Id).ToListAsync(ct);
        if (!OrganizationKinds.HasPlatform(organ.Kind))
        {
            return existing;
        }

        if (organ.Kind == OrganizationKind.PublicEnterprise)
        {
            return await EnsureSectorColumnsAsync(organ, existing, ct);
        }

        var added = false;
        var order = 0;
        PublicationColumn? statutory = null;
        foreach (var (key, title) in ColumnKeys.FirstLevel)
        {
            var column = existing.FirstOrDefault(c => c.Key == key);
            if (column is null)
            {
                column = new PublicationColumn { OrganizationId = organ.Id, Key = key, Title = title, SortOrder = order };
                existing.Add(column);
                Db.Add(column);
                added = true;
            }

            statutory = key == ColumnKeys.Statutory ? column : statutory;
            order += 100;
        }

        if (added)
        {
            // The sub-columns need the parent's id.
            await Db.SaveChangesAsync(ct);
        }

        var (assignments, changed) = await AssignmentsAsync(organ, existing, ct);
        foreach (var a in assignments.Where(a => a.Assigned))
        {
            if (StatutoryItems.Find(a.ItemKey) is not { } item || existing.Any(c => c.Key == item.Key))
            {
                continue;
            }

            var column = new PublicationColumn
            {
                OrganizationId = organ.Id,
                ParentId = statutory!.Id,
                Key = item.Key,
                Title = item.Title,
                StatutoryLabel = item.Label,
                SortOrder = StatutoryDuties.Order(item),
            };
            existing.Add(column);
            Db.Add(column);
            changed = true;
        }

        changed |= Reorder(existing, statutory!.Id);
        if (changed)
        {
            await Db.SaveChangesAsync(ct);
        }

        return existing;
    }

    public async Task<List<PublicationColumn>> EnsureAsync(int organizationId, CancellationToken ct = default)
    {
        var organ = await Db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        return organ is null ? [] : await EnsureAsync(organ, ct);
    }

    /// <summary>A public enterprise gets its sector's column set (<see cref="SectorColumns"/>) as
    /// first-level columns instead of the government tree: its duties come from the sector's
    /// special rule, not from the 《条例》's items. Only missing keys are added, so renamed titles stay.</summary>
    private async Task<List<PublicationColumn>> EnsureSectorColumnsAsync(Organization organ, List<PublicationColumn> existing, CancellationToken ct)
    {
        if (organ.Sector is not { } sector)
        {
            return existing;
        }

        var order = 0;
        var added = false;
        foreach (var seed in SectorColumns.For(sector))
        {
            order += 10;
            if (existing.All(c => c.Key != seed.Key))
            {
                var column = new PublicationColumn { OrganizationId = organ.Id, Key = seed.Key, Title = seed.Title, SortOrder = order };
                existing.Add(column);
                Db.Add(column);
                added = true;
            }
        }

        if (added)
        {
            await Db.SaveChangesAsync(ct);
        }

        return existing;
    }

    /// <summary>Columns an item can be filed in: every column without sub-columns.</summary>
    public static IEnumerable<PublicationColumn> Leaves(IReadOnlyCollection<PublicationColumn> columns) =>
        columns.Where(c => columns.All(other => other.ParentId != c.Id)).OrderBy(c => c.ParentId is null ? c.SortOrder : 200 + c.SortOrder);

    /// <summary>The organ's assignment rows, with a row added for each default duty not yet decided
    /// and for each statutory column it already has (made before assignments were data).</summary>
    private async Task<(List<StatutoryAssignment> Rows, bool Added)> AssignmentsAsync(Organization organ, List<PublicationColumn> columns, CancellationToken ct)
    {
        var rows = await Db.Set<StatutoryAssignment>().Where(a => a.OrganizationId == organ.Id).ToListAsync(ct);
        var added = false;
        void Add(string key, string basis)
        {
            if (rows.All(r => r.ItemKey != key))
            {
                var row = new StatutoryAssignment { OrganizationId = organ.Id, ItemKey = key, Assigned = true, Origin = StatutoryAssignmentOrigin.Seeded, Basis = basis };
                rows.Add(row);
                Db.Add(row);
                added = true;
            }
        }

        foreach (var duty in StatutoryDuties.DefaultsFor(organ.Kind, organ.Name, organ.ShortName))
        {
            Add(duty.Item.Key, duty.Basis);
        }

        foreach (var column in columns.Where(c => StatutoryItems.Find(c.Key) is not null))
        {
            Add(column.Key, "本机关已有的栏目");
        }

        return (rows, added);
    }

    /// <summary>Statutory sub-columns in article order, the organ's own after them. Idempotent, so
    /// trees made by earlier versions (ordered by position in the kind's list) are put right once.</summary>
    private static bool Reorder(List<PublicationColumn> columns, int statutoryId)
    {
        var changed = false;
        foreach (var c in columns.Where(c => c.ParentId == statutoryId))
        {
            // Statutory items in article order; an organ's own (custom-N) after them; other
            // features' columns (e.g. 政策解读) keep the place they chose.
            var target = StatutoryItems.Find(c.Key) is { } item ? StatutoryDuties.Order(item)
                : c.Key.StartsWith("custom-", StringComparison.Ordinal) && c.SortOrder <= CustomSortStart ? c.SortOrder + CustomSortStart : c.SortOrder;
            if (c.SortOrder != target)
            {
                c.SortOrder = target;
                changed = true;
            }
        }

        return changed;
    }
}
