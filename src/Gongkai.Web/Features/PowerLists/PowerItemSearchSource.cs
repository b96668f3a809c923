using System.Runtime.CompilerServices;
using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>Published 权责清单 items as search results (kind <c>powerItem</c>), found by name or by
/// 事项编码. An item that has left the list stays findable with its page, marked 已取消/已下放; one
/// that takes effect later is hidden until its day.</summary>
public sealed class PowerItemSearchSource : ISearchSource
{
    public const string SourceKind = "powerItem";
    public const string Category = "权责清单";
    private const int BatchSize = 2000;

    public string Kind => SourceKind;

    public bool Watches(object entity) => entity is PowerItem or Organization;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        switch (entry.Entity)
        {
            case PowerItem item:
                yield return new SearchChangeKey(SourceKind, item.Id, Gone: state == EntityState.Deleted);
                break;
            case Organization o when state == EntityState.Modified && entry.Property(nameof(Organization.Name)).IsModified:
                // Few organs are renamed; their items are reloaded through LoadAsync by organ.
                yield return new SearchChangeKey(SourceKind, -o.Id);
                break;
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var keys = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        var ids = keys.Where(k => k > 0).ToList();
        var organs = keys.Where(k => k < 0).Select(k => -k).ToList();
        return keys.Count == 0 ? [] : await LoadWhereAsync(db, db.Set<PowerItem>().Where(i => ids.Contains(i.Id) || organs.Contains(i.OrganizationId)), ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var after = 0; ;)
        {
            var from = after;
            var ids = await db.Set<PowerItem>().Where(i => i.Id > from).OrderBy(i => i.Id).Select(i => i.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                yield break;
            }

            yield return await LoadWhereAsync(db, db.Set<PowerItem>().Where(i => ids.Contains(i.Id)), ct);
            after = ids[^1];
        }
    }

    private static async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<PowerItem> items, CancellationToken ct)
    {
        var rows = await items.AsNoTracking().Where(i => i.Status == PowerItemStatus.Published)
            .Join(db.Set<Organization>().Where(o => o.IsActive), i => i.OrganizationId, o => o.Id, (i, o) => new { Item = i, Organ = o.Name, o.Kind })
            .ToListAsync(ct);
        return rows.Where(r => OrganKinds.HasPlatform(r.Kind)).Select(r =>
        {
            var i = r.Item;
            return new SearchDocument
            {
                Kind = SourceKind,
                Id = i.Id,
                Title = i.SubItem is null ? i.Name : $"{i.Name}（{i.SubItem}）",
                Url = PowerListUrls.Item(i.OrganizationId, i.Id),
                Body = string.Join('\n', new[] { i.Code, PowerTypes.Name(i.Type), i.Basis, i.HandlingUnit, i.Responsibilities, i.Accountability, i.Note }.Where(s => !string.IsNullOrEmpty(s))),
                ExactNames = [i.Code],
                OrganizationId = i.OrganizationId,
                OrganizationName = r.Organ,
                Category = Category,
                Genre = PowerTypes.Name(i.Type),
                Validity = i.EndKind switch { PowerAdjustmentKind.Cancel => "已取消", PowerAdjustmentKind.Transfer => "已下放", _ => null },
                PublishedAt = i.PublishedAt,
                VisibleFrom = i.EffectiveFrom is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset) : null,
            };
        }).ToList();
    }
}
