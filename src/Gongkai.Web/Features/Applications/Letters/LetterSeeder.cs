using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>Adds the default letter templates that are missing; never overwrites an edited one.</summary>
public sealed class LetterSeeder : IStartupSeeder
{
    public int Order => 60;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var existing = await db.Set<ApplicationLetterTemplate>().Select(t => t.Key).ToListAsync(ct);
        foreach (var (key, title, body) in LetterDefaults.All.Where(d => !existing.Contains(d.Key)))
        {
            db.Add(new ApplicationLetterTemplate { Key = key, Title = title, Body = body, UpdatedAt = clock.GetUtcNow(), UpdatedBy = "system" });
        }

        await db.SaveChangesAsync(ct);
    }
}
