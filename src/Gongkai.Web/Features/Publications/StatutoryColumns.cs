using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Which organ holds which statutory item, as the district office sees and changes it
/// (/admin/publications/statutory). Only the district office (a supervisor) or the system
/// administrator changes it; each change is audited and the organ's public pages refreshed. A
/// column that already holds items cannot be taken away: they would vanish from the platform.</summary>
public sealed class StatutoryColumns(GongkaiDbContext db, ColumnTree tree, StaffAccess staff, AuditTrail audit, PortalCache cache, TimeProvider clock)
{
    public async Task<bool> MayManageAsync(CancellationToken ct = default) => staff.IsSystemAdmin || await staff.IsSupervisorAsync(ct);

    /// <summary>The organ's rows (after seeding any default it lacks), one per item it was decided on.</summary>
    public async Task<List<StatutoryAssignment>> ForAsync(Organization organ, CancellationToken ct = default)
    {
        await tree.EnsureAsync(organ, ct);
        return await db.Set<StatutoryAssignment>().AsNoTracking().Where(a => a.OrganizationId == organ.Id).ToListAsync(ct);
    }

    /// <summary>Makes <paramref name="keys"/> the organ's statutory items. Returns a Chinese message
    /// when refused, null when saved.</summary>
    public async Task<string?> SetAsync(Organization organ, IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        if (!await MayManageAsync(ct))
        {
            throw new PublicationForbiddenException("只有区政府办公室（督查）或系统管理员可以调整法定主动公开栏目。");
        }

        if (!OrganizationKinds.HasPlatform(organ.Kind))
        {
            return "党的机关没有政府信息公开平台，不设法定主动公开栏目。";
        }

        var unknown = keys.Where(k => StatutoryItems.Find(k) is null).ToList();
        if (unknown.Count > 0)
        {
            return $"未知的法定公开事项：{string.Join("、", unknown)}。";
        }

        var columns = await tree.EnsureAsync(organ, ct);
        var rows = await db.Set<StatutoryAssignment>().Where(a => a.OrganizationId == organ.Id).ToListAsync(ct);
        var before = rows.Where(r => r.Assigned).Select(r => r.ItemKey).Order().ToList();
        var wanted = keys.ToHashSet();
        var removed = rows.Where(r => r.Assigned && !wanted.Contains(r.ItemKey)).ToList();

        // A column with items (in any state) stays: removing it would hide published information.
        var blocked = new List<string>();
        foreach (var row in removed)
        {
            if (columns.FirstOrDefault(c => c.Key == row.ItemKey) is not { } column)
            {
                continue;
            }

            var count = await db.Set<Publication>().CountAsync(p => p.ColumnId == column.Id, ct)
                + await db.Set<PublicationRevision>().Where(r => r.ColumnId == column.Id).Select(r => r.PublicationId).Distinct().CountAsync(ct);
            if (count > 0)
            {
                blocked.Add($"“{column.Title}”（{column.StatutoryLabel}）已有信息，请先将其中的信息移至其他栏目或撤回后再取消");
            }
        }

        if (blocked.Count > 0)
        {
            return string.Join("；", blocked) + "。";
        }

        var now = clock.GetUtcNow();
        foreach (var item in StatutoryItems.All)
        {
            var row = rows.FirstOrDefault(r => r.ItemKey == item.Key);
            var assign = wanted.Contains(item.Key);
            if (row is null && !assign)
            {
                continue;
            }

            if (row is null)
            {
                row = new StatutoryAssignment { OrganizationId = organ.Id, ItemKey = item.Key };
                db.Add(row);
            }
            else if (row.Assigned == assign)
            {
                continue;
            }

            row.Assigned = assign;
            row.Origin = StatutoryAssignmentOrigin.DistrictOffice;
            row.Basis = assign ? "区政府办公室增加" : "区政府办公室取消";
            row.UpdatedAt = now;
            row.UpdatedBy = staff.User.Identity?.Name;
        }

        foreach (var column in columns.Where(c => removed.Any(r => r.ItemKey == c.Key)))
        {
            db.Remove(column);
        }

        var after = wanted.Order().ToList();
        if (before.SequenceEqual(after))
        {
            return null;
        }

        audit.Record("publication.statutoryColumnsChanged", targetType: "Organization", targetId: organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            before: new { items = before }, after: new { items = after }, organizationId: organ.Id);
        await db.SaveChangesAsync(ct);
        await tree.EnsureAsync(organ, ct);
        await cache.PublicationChangedAsync(organ.Id, ct);
        return null;
    }
}
