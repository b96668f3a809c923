using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>Published 权责清单 items as search results (kind <c>powerItem</c>), found by name or by
/// 事项编码. An item that has left the list stays findable with its page, marked 已取消/已下放; one
/// that takes effect later is hidden until its day.</summary>
public sealed class PowerItemSearchSource : EntitySearchSource<PowerItem>
{
    public const string SourceKind = "powerItem";
    public const string Category = "权责清单";

    public override string Kind => SourceKind;

    protected override bool ShowsOrganName => true;

    protected override int BatchSize => 2000;

    protected override async Task<List<SearchDocument>> ToDocumentsAsync(GongkaiDbContext db, IQueryable<PowerItem> items, CancellationToken ct)
    {
        var rows = await items.AsNoTracking().Where(i => i.Status == PowerItemStatus.Published)
            .Join(db.Set<Organization>().Where(o => o.IsActive), i => i.OrganizationId, o => o.Id, (i, o) => new { Item = i, Organ = o.Name, o.Kind })
            .ToListAsync(ct);
        return rows.Where(r => OrganizationKinds.HasPlatform(r.Kind)).Select(r =>
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
