using Gongkai.Web.Data;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Demo;

/// <summary>Removes the demo publications: a 【示例】 title whose first revision a demo actor wrote
/// (<see cref="DemoSeeder"/>, and the demo seeders of features that publish through this one).
/// Revisions, attachments, history and relations go with them (cascade); extensions owned by other
/// features (normative documents, interpretations) are removed by those features first.</summary>
public sealed class DemoPublicationsOwner : IDemoDataOwner
{
    public string Kind => "公开信息";

    public int RemovalOrder => 10;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<Publication>()
            .Where(p => p.Title.StartsWith(DemoData.Marker)
                && p.Revisions.Any(r => r.Number == 1 && (r.AuthorName == DemoData.Actor || r.AuthorName.StartsWith(DemoData.AccountPrefix))))
            .ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
