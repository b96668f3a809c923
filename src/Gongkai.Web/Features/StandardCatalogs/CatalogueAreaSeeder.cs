using Gongkai.Domain.StandardCatalogs;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>Adds the 26 areas missing by number. Names the district office changed are kept.</summary>
public sealed class CatalogueAreaSeeder : IStartupSeeder
{
    public int Order => 45;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var have = await db.Set<CatalogueArea>().Select(a => a.Number).ToListAsync(ct);
        for (var i = 0; i < StandardAreas.Seed.Count; i++)
        {
            if (!have.Contains(i + 1))
            {
                db.Add(new CatalogueArea { Number = i + 1, Name = StandardAreas.Seed[i] });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
