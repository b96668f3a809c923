using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>The public 调整记录: approved adjustments, per organ and per item. An item's history
/// follows it across transfers, so the receiving organ's item shows what happened to it before
/// (and the giver's shows where it went): both histories, one story.</summary>
public static class PowerListHistory
{
    public sealed record Entry(PowerAdjustment Adjustment, string Code, string Name, string Organ, string? OtherOrgan)
    {
        public string KindName => Adjustment.Kind == PowerAdjustmentKind.Transfer
            ? (Adjustment.Incoming ? "承接" : "下放")
            : PowerAdjustmentKinds.Name(Adjustment.Kind);
    }

    public static Task<List<Entry>> ForOrganAsync(GongkaiDbContext db, int organizationId, CancellationToken ct) =>
        QueryAsync(db, db.Set<PowerAdjustment>().Where(a => a.OrganizationId == organizationId), ct);

    /// <summary>The item's own adjustments and those of the items it was moved from or to.</summary>
    public static async Task<List<Entry>> ForItemAsync(GongkaiDbContext db, PowerItem item, CancellationToken ct)
    {
        var chain = new List<int> { item.Id };
        var (back, forward) = (item.TransferredFromId, item.TransferredToId);
        // Transfers are rare; a chain of a few links is followed one query a link, with a bound against cycles.
        for (var i = 0; i < 10 && (back is not null || forward is not null); i++)
        {
            var ids = new[] { back, forward }.Where(x => x is not null && !chain.Contains(x.Value)).Select(x => x!.Value).ToList();
            if (ids.Count == 0)
            {
                break;
            }

            chain.AddRange(ids);
            var links = await db.Set<PowerItem>().AsNoTracking().Where(x => ids.Contains(x.Id))
                .Select(x => new { x.Id, x.TransferredFromId, x.TransferredToId }).ToListAsync(ct);
            back = links.FirstOrDefault(l => l.Id == back)?.TransferredFromId;
            forward = links.FirstOrDefault(l => l.Id == forward)?.TransferredToId;
        }

        return await QueryAsync(db, db.Set<PowerAdjustment>().Where(a => chain.Contains(a.ItemId)), ct);
    }

    private static async Task<List<Entry>> QueryAsync(GongkaiDbContext db, IQueryable<PowerAdjustment> adjustments, CancellationToken ct)
    {
        var rows = await adjustments.AsNoTracking().Where(a => a.Status == PowerReviewStatus.Approved)
            .Join(db.Set<PowerItem>(), a => a.ItemId, i => i.Id, (a, i) => new { Adjustment = a, i.Code, i.Name })
            .Join(db.Set<Organization>(), x => x.Adjustment.OrganizationId, o => o.Id, (x, o) => new { x.Adjustment, x.Code, x.Name, Organ = o.Name })
            .OrderByDescending(x => x.Adjustment.EffectiveOn).ThenByDescending(x => x.Adjustment.Id)
            .Take(1000)
            .ToListAsync(ct);
        var others = rows.Where(r => r.Adjustment.OtherOrganizationId is not null).Select(r => r.Adjustment.OtherOrganizationId!.Value).Distinct().ToList();
        var names = await db.Set<Organization>().AsNoTracking().Where(o => others.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return rows.Select(r => new Entry(r.Adjustment, r.Code, r.Name, r.Organ,
            r.Adjustment.OtherOrganizationId is { } id && names.TryGetValue(id, out var n) ? n : null)).ToList();
    }
}
