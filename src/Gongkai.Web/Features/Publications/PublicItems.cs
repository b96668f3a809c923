using Gongkai.Domain.Publications;

namespace Gongkai.Web.Features.Publications;

/// <summary>What the public may see, decided at query time: published items, and scheduled ones
/// whose time has come. Withdrawn items vanish at once; no background job is involved.</summary>
public static class PublicItems
{
    public const int PageSize = 20;

    public static IQueryable<Publication> VisibleAt(this IQueryable<Publication> items, DateTimeOffset now) =>
        items.Where(p => p.Status == PublicationStatus.Published || (p.Status == PublicationStatus.Scheduled && p.ScheduledFor <= now));
}
