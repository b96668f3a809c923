using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Gives every active organ that lacks it its column tree. Runs after the organisation
/// register is seeded; organs added later get theirs at the next start or on first use.</summary>
public sealed class ColumnSeeder : IStartupSeeder
{
    public int Order => 40;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var tree = services.GetRequiredService<ColumnTree>();
        var organs = await db.Set<Organization>().AsNoTracking()
            .Where(o => o.IsActive && o.Kind != OrganizationKind.Party).ToListAsync(ct);
        var withColumns = (await db.Set<PublicationColumn>().Select(c => c.OrganizationId).Distinct().ToListAsync(ct)).ToHashSet();
        foreach (var organ in organs.Where(o => !withColumns.Contains(o.Id)))
        {
            await tree.EnsureAsync(organ, ct);
        }
    }
}
