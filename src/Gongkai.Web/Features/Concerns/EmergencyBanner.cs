using Gongkai.Domain.Concerns;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Concerns;

/// <summary>The notices the layout shows, held in memory so a public page costs no query for them:
/// loaded on first use, reloaded when the district office changes one on this node, and at least
/// every <see cref="Shared.Caching.PortalCache.MaxAge"/> for changes made on another node.
/// Whether a notice is within its window is decided at render time.</summary>
public sealed class EmergencyBanner(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<EmergencyNotice> notices = [];
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    /// <summary>The notices showing now, newest start first.</summary>
    public async ValueTask<IReadOnlyList<EmergencyNotice>> ActiveAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (IsStale(now))
        {
            await LoadAsync(force: false, ct);
        }

        return notices.Where(n => EmergencyNoticeWindow.IsActive(n.StartsAt, n.EndsAt, now)).ToList();
    }

    public Task ReloadAsync(CancellationToken ct = default) => LoadAsync(force: true, ct);

    private bool IsStale(DateTimeOffset now) => now - loadedAt > Shared.Caching.PortalCache.MaxAge;

    private async Task LoadAsync(bool force, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            // The requests that queued behind the one that just reloaded find the list fresh and
            // do not query again (every page of the site asks here).
            if (!force && !IsStale(clock.GetUtcNow()))
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var now = clock.GetUtcNow();
            // Ended notices are never shown again; the few current and future ones are kept.
            var rows = await db.Set<EmergencyNotice>().AsNoTracking().Where(n => n.EndsAt == null || n.EndsAt > now).ToListAsync(ct);
            notices = rows.OrderByDescending(n => n.StartsAt).ToList();
            loadedAt = now;
        }
        finally
        {
            gate.Release();
        }
    }
}
