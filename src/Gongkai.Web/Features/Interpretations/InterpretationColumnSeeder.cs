using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>Adds the 政策解读 column to every platform after <see cref="ColumnSeeder"/> built the trees.</summary>
public sealed class InterpretationColumnSeeder : IStartupSeeder
{
    public int Order => 41;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var column = services.GetRequiredService<InterpretationColumn>();
        var organs = await db.Set<PublicationColumn>().Where(c => c.Key == NormativeDocuments.NormativeService.ColumnKey)
            .Select(c => c.OrganizationId).Except(db.Set<PublicationColumn>().Where(c => c.Key == InterpretationColumn.Key).Select(c => c.OrganizationId))
            .ToListAsync(ct);
        foreach (var organ in organs)
        {
            await column.EnsureAsync(organ, ct);
        }
    }
}
