using Gongkai.Domain.Calendar;

namespace Gongkai.Web.Features.Calendar;

/// <summary>The platform's one source of <see cref="WorkingDayCalendar"/>: every deadline asks
/// here. The calendar is cached because it changes a few times a year; a save on this node
/// invalidates it at once, and the cache also expires after <see cref="MaxAge"/> so that a save on
/// another node behind the load balancer reaches this one soon after.</summary>
public sealed class CalendarProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private Snapshot? current;
    private long version;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken ct = default)
    {
        var snapshot = Volatile.Read(ref current);
        if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < MaxAge)
        {
            return snapshot.Calendar;
        }

        await gate.WaitAsync(ct);
        try
        {
            snapshot = Volatile.Read(ref current);
            if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < MaxAge)
            {
                return snapshot.Calendar;
            }

            var loadingVersion = Interlocked.Read(ref version);
            var loadedAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var schedules = await scope.ServiceProvider.GetRequiredService<CalendarStore>().LoadAsync(ct);
            var calendar = new WorkingDayCalendar(schedules);

            // An invalidation while loading means what was read may predate the save: use it for
            // this call but do not keep it.
            if (Interlocked.Read(ref version) == loadingVersion)
            {
                Volatile.Write(ref current, new Snapshot(calendar, loadedAt));
            }

            return calendar;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref version);
        Volatile.Write(ref current, null);
    }

    private sealed record Snapshot(WorkingDayCalendar Calendar, DateTimeOffset LoadedAt);
}
