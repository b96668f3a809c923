using Gongkai.Web.Data;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>Removes the guides <see cref="DemoGuideSeeder"/> wrote and nobody has edited since
/// (holdings marked 【示例】, last saved by the demo actor).</summary>
public sealed class DemoGuidesOwner : IDemoDataOwner
{
    public string Kind => "政府信息公开指南";

    public int RemovalOrder => 20;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<DisclosureGuide>()
            .Where(g => g.Holdings.StartsWith(DemoData.Marker) && g.UpdatedBy == DemoData.Actor)
            .ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
