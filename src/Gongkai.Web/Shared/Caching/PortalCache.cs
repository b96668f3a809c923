using Gongkai.Web.Shared.Cluster;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Shared.Caching;

/// <summary>The output cache of the public disclosure pages (/xxgk, feeds, sitemap). Every cached
/// response carries the tag of its organ; anything that changes what the public sees evicts that
/// tag, so a withdrawn item is gone from the next response. Scheduled items need no event: the
/// first request after the earliest scheduled time clears the portal cache.
/// The store is per node; its evictions reach the other nodes through <see cref="ClusterOutputCacheStore"/>,
/// and <see cref="MaxAge"/> bounds an entry's life should a message be lost.</summary>
public sealed class PortalCache
{
    private readonly IOutputCacheStore store;
    private readonly TimeProvider clock;
    private readonly ILogger<PortalCache> log;

    public PortalCache(IOutputCacheStore store, TimeProvider clock, ILogger<PortalCache> log, ClusterBus bus)
    {
        this.store = store;
        this.clock = clock;
        this.log = log;
        // A publication changed on another node may have scheduled or unscheduled an item: the next
        // scheduled time known here is then stale (the directory tag goes with every such change).
        bus.Subscribe(ClusterOutputCacheStore.Topic, tag =>
        {
            if (tag is DirectoryTag or AllTag)
            {
                Forget();
            }

            return Task.CompletedTask;
        }, () =>
        {
            Forget();
            return Task.CompletedTask;
        });
    }

    public const string PolicyName = "Portal";

    public const string AllTag = "xxgk";

    /// <summary>Pages that list items across all organs: the directory and <see cref="CrossOrganPageAttribute"/> pages.</summary>
    public const string DirectoryTag = "xxgk-directory";

    public const string SitemapTag = "xxgk-sitemap";

    /// <summary>Short, as a backstop for changes made on another node or straight in the database.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly Lock gate = new();
    private bool nextDueKnown;
    private DateTimeOffset? nextDue;

    public static string OrganTag(int organizationId) => "xxgk-org-" + organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An item of the organ was published, scheduled, withdrawn, corrected or edited.</summary>
    public async Task PublicationChangedAsync(int organizationId, CancellationToken ct = default)
    {
        Forget();
        await EvictAsync(ct, OrganTag(organizationId), DirectoryTag, SitemapTag);
    }

    /// <summary>An organ was created, renamed, merged, deactivated or its guide or contacts changed.</summary>
    public async Task OrganChangedAsync(int organizationId, CancellationToken ct = default) =>
        await EvictAsync(ct, OrganTag(organizationId), DirectoryTag, SitemapTag);

    /// <summary>Organ changes (names, merges, contacts) reach across organs and the directory.</summary>
    public async Task EvictAllAsync(CancellationToken ct = default)
    {
        Forget();
        await EvictAsync(ct, AllTag);
    }

    /// <summary>Clears the portal cache once the earliest scheduled item's time has come.</summary>
    public async ValueTask ReleaseDueAsync(IServiceProvider services, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        bool known;
        DateTimeOffset? due;
        lock (gate)
        {
            (known, due) = (nextDueKnown, nextDue);
        }

        if (!known)
        {
            due = null;
            foreach (var release in services.GetServices<IScheduledRelease>())
            {
                if (await release.NextAfterAsync(now, ct) is { } next && (due is null || next < due))
                {
                    due = next;
                }
            }

            lock (gate)
            {
                (nextDueKnown, nextDue) = (true, due);
            }
        }

        if (due is { } at && at <= now)
        {
            log.LogInformation("定时发布时间已到（{Due}），清除公开页面缓存", at);
            Forget();
            await EvictAsync(ct, AllTag);
        }
    }

    private void Forget()
    {
        lock (gate)
        {
            nextDueKnown = false;
        }
    }

    private async Task EvictAsync(CancellationToken ct, params string[] tags)
    {
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, ct);
        }
    }
}
