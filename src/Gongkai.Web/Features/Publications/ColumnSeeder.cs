using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Brings every active organ's column tree up to date at start: missing first-level
/// columns, the statutory items it holds by default or by the district office's choice, and their
/// columns. Runs after the organisation register is seeded; <see cref="ColumnTree"/> adds only what
/// is missing, so an existing database gains the columns a newer version assigns (e.g. Art. 21
/// columns of departments) without losing what the district office removed.</summary>
public sealed class ColumnSeeder : IStartupSeeder
{
    public int Order => 40;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var tree = services.GetRequiredService<ColumnTree>();
        var organs = await db.Set<Organization>().AsNoTracking()
            .Where(o => o.IsActive && o.Kind != OrganizationKind.Party).OrderBy(o => o.Id).ToListAsync(ct);
        foreach (var organ in organs)
        {
            await tree.EnsureAsync(organ, ct);
        }
    }
}
