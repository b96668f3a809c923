using Gongkai.Domain.Calendar;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Calendar;

/// <summary>Loads the built-in official schedules (2020–2026) for every year not yet in the
/// database. A year already present is left alone, so an administrator's correction survives
/// restarts.</summary>
public sealed class CalendarSeeder(TimeProvider clock) : IStartupSeeder
{
    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var present = await db.Set<CalendarYear>().Select(y => y.Year).ToListAsync(ct);
        var missing = OfficialSchedules.All.Where(s => !present.Contains(s.Year)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var schedule in missing)
        {
            db.Add(CalendarStore.ToEntity(schedule, OfficialSchedules.Source, clock.GetUtcNow(), updatedBy: null));
        }

        await db.SaveChangesAsync(ct);
        services.GetRequiredService<CalendarProvider>().Invalidate();
    }
}
