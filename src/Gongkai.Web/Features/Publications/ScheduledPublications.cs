using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Items scheduled for publication: the portal cache is cleared when the earliest one's time has come.</summary>
public sealed class ScheduledPublications(GongkaiDbContext db) : IScheduledRelease
{
    /// <summary>The minimum is taken here, not in SQL: SQLite cannot aggregate DateTimeOffset values
    /// (and only the few scheduled items are read).</summary>
    public async Task<DateTimeOffset?> NextAfterAsync(DateTimeOffset now, CancellationToken ct)
    {
        var times = await db.Set<Publication>().AsNoTracking()
            .Where(p => p.Status == PublicationStatus.Scheduled && p.ScheduledFor > now)
            .Select(p => p.ScheduledFor!.Value).ToListAsync(ct);
        return times.Count == 0 ? null : times.Min();
    }
}
