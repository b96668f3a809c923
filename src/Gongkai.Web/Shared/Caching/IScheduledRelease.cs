namespace Gongkai.Web.Shared.Caching;

/// <summary>Content that becomes public at a set time without any event (an item scheduled for
/// publication): <see cref="PortalCache"/> asks for the earliest such time and clears the portal
/// pages once it has passed. Registered by the feature that schedules the content.</summary>
public interface IScheduledRelease
{
    /// <summary>The earliest time after <paramref name="now"/> at which something becomes public, or null.</summary>
    Task<DateTimeOffset?> NextAfterAsync(DateTimeOffset now, CancellationToken ct);
}
