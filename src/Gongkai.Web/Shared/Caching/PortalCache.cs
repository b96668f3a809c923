using System.Collections.Concurrent;
using Gongkai.Web.Shared.Cluster;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Shared.Caching;

/// <summary>The output cache of the public disclosure pages (/xxgk, feeds, sitemap). Every cached
/// response carries the tag of its organ; anything that changes what the public sees evicts that
/// tag, so a withdrawn item is gone from the next response. Scheduled items need no event: the
/// first request after the earliest scheduled time clears the portal cache.
/// The store is per node; its evictions reach the other nodes through <see cref="ClusterOutputCacheStore"/>,
/// and <see cref="MaxAge"/> bounds an entry's life should a message be lost.
/// Beside the pages it keeps what every uncached page of an organ reads and that changes only
/// through those same events (the organ's record, its column tree: <see cref="MemoAsync{T}"/>), so a
/// cache miss does not pay for them again; each eviction drops the organ's memos with its pages.</summary>
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
        // An eviction sent by another node drops what this node keeps beside the pages: the next
        // scheduled time (a change there may have scheduled or unscheduled an item; the directory tag
        // goes with every such change) and the organ's memos. A lost connection drops everything.
        bus.Subscribe(ClusterOutputCacheStore.Topic, tag =>
        {
            ForgetForRemote(tag);
            return Task.CompletedTask;
        }, () =>
        {
            Forget();
            ForgetMemos(null);
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
    private readonly ConcurrentDictionary<(string Kind, int Organization), Memo> memos = new();

    /// <summary>Bumped by every eviction, so that a value read before it is not stored after it.</summary>
    private long generation;

    private sealed record Memo(object? Value, DateTimeOffset LoadedAt);

    private const string OrganTagPrefix = "xxgk-org-";

    public static string OrganTag(int organizationId) => OrganTagPrefix + organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An item of the organ was published, scheduled, withdrawn, corrected or edited.</summary>
    public async Task PublicationChangedAsync(int organizationId, CancellationToken ct = default)
    {
        Forget();
        ForgetMemos(organizationId);
        await EvictAsync(ct, OrganTag(organizationId), DirectoryTag, SitemapTag);
    }

    /// <summary>An organ was created, renamed, merged, deactivated or its guide or contacts changed.</summary>
    public async Task OrganChangedAsync(int organizationId, CancellationToken ct = default)
    {
        ForgetMemos(organizationId);
        await EvictAsync(ct, OrganTag(organizationId), DirectoryTag, SitemapTag);
    }

    /// <summary>Organ changes (names, merges, contacts) reach across organs and the directory.</summary>
    public async Task EvictAllAsync(CancellationToken ct = default)
    {
        Forget();
        ForgetMemos(null);
        await EvictAsync(ct, AllTag);
    }

    /// <summary>The organ's <paramref name="kind"/> of data as <paramref name="load"/> reads it, kept
    /// until the next eviction of the organ (<see cref="PublicationChangedAsync"/>,
    /// <see cref="OrganChangedAsync"/>, <see cref="EvictAllAsync"/>) and at most <see cref="MaxAge"/>,
    /// the backstop for a change made on another node, as for the pages themselves. The value is shared
    /// by every request: callers must not change it.</summary>
    public async ValueTask<T> MemoAsync<T>(string kind, int organizationId, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (memos.TryGetValue((kind, organizationId), out var memo) && now - memo.LoadedAt <= MaxAge && memo.LoadedAt <= now)
        {
            return (T)memo.Value!;
        }

        var before = Interlocked.Read(ref generation);
        var value = await load(ct);
        lock (gate)
        {
            // An eviction while loading may have changed what was read: serve it, do not keep it.
            if (generation == before)
            {
                memos[(kind, organizationId)] = new Memo(value, now);
            }
        }

        return value;
    }

    /// <summary>Drops one organ's memo of <paramref name="kind"/>, e.g. when a page found it out of date.</summary>
    public void ForgetMemo(string kind, int organizationId) => memos.TryRemove((kind, organizationId), out _);

    private void ForgetMemos(int? organizationId)
    {
        lock (gate)
        {
            generation++;
            if (organizationId is not { } id)
            {
                memos.Clear();
                return;
            }

            foreach (var key in memos.Keys.Where(k => k.Organization == id))
            {
                memos.TryRemove(key, out _);
            }
        }
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
            // Memos that count public items (a column's total) change with the release too.
            ForgetMemos(null);
            await EvictAsync(ct, AllTag);
        }
    }

    private void ForgetForRemote(string tag)
    {
        if (tag is DirectoryTag or AllTag)
        {
            Forget();
        }

        if (tag == AllTag)
        {
            ForgetMemos(null);
        }
        else if (tag.StartsWith(OrganTagPrefix, StringComparison.Ordinal)
            && int.TryParse(tag.AsSpan(OrganTagPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            ForgetMemos(id);
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
