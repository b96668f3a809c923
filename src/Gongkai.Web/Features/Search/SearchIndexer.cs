using System.Diagnostics;
using Gongkai.Web.Data;
using Gongkai.Web.Shared.Cluster;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Search;

/// <summary>Tails the change feed into this node's index: on a signal from a local save, or every
/// half second for changes saved on other nodes. Builds the index from the database when there is
/// none (first start, new node), when the database's feed ends before the index's position (the
/// database restored from a backup under a node that kept its data directory) and on request
/// (rebuild), without stopping searches. A rebuild asked
/// for on one node (<see cref="RebuildEverywhereAsync"/>) is done by every node of the cluster, each
/// from the database into its own index.</summary>
public sealed class SearchIndexer : BackgroundService
{
    /// <summary>The <see cref="ClusterBus"/> topic of a rebuild asked for on another node.</summary>
    public const string RebuildTopic = "search-rebuild";

    private readonly IServiceScopeFactory scopes;
    private readonly SearchIndexStore index;
    private readonly SearchSignal signal;
    private readonly TimeProvider clock;
    private readonly ILogger<SearchIndexer> logger;
    private readonly ClusterBus bus;

    public SearchIndexer(IServiceScopeFactory scopes, SearchIndexStore index, SearchSignal signal, IEnumerable<ISearchSource> sources, TimeProvider clock,
        ILogger<SearchIndexer> logger, ClusterBus bus)
    {
        this.scopes = scopes;
        this.index = index;
        this.signal = signal;
        this.sources = sources.ToArray();
        this.clock = clock;
        this.logger = logger;
        this.bus = bus;
        bus.Subscribe(RebuildTopic, _ =>
        {
            StartRebuild();
            return Task.CompletedTask;
        }, () => Task.CompletedTask);
    }

    private const int BatchSize = 1000;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>A gap in feed ids (a transaction still open, or rolled back) holds the checkpoint back
    /// this long; entries after it are applied meanwhile, and again later, which is harmless.</summary>
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(10);

    /// <summary>Raised when what is indexed, or how, changes in a way the feed cannot bring to an
    /// existing index (a new field, a new analysis): every node rebuilds once on start.</summary>
    private const int Format = 3;

    private readonly ISearchSource[] sources;
    private readonly SemaphoreSlim rebuildGate = new(1, 1);
    private long gapAt = -1;
    private long gapSince;

    /// <summary>The sources and format an index built now has; an index built otherwise is rebuilt.</summary>
    private string Contents => $"format {Format}; " + string.Join(",", sources.Select(s => s.Kind).Order(StringComparer.Ordinal));

    /// <summary>Set while a rebuild runs (for the admin page).</summary>
    public bool Rebuilding => rebuildGate.CurrentCount == 0;

    public DateTimeOffset? LastRebuiltAt { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var lastPointerCheck = Stopwatch.StartNew();
        var checkFeed = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!index.IsBuilt || index.BuiltContents != Contents)
                {
                    if (index.IsBuilt)
                    {
                        // A new item type (a feature plugged in a source) or a new format: the items it
                        // covers were saved before it existed, so only a rebuild brings them in.
                        logger.LogInformation("Search index was built for {Built}, now {Contents}: rebuilding", index.BuiltContents, Contents);
                    }

                    await RebuildAsync(stoppingToken);
                }

                if (checkFeed)
                {
                    checkFeed = false;
                    if (await FeedEndsBeforeIndexAsync(stoppingToken) is { } latest)
                    {
                        // The database is not the one this index followed: it was restored from an older
                        // backup (or replaced) under a node that kept its data directory. The index holds
                        // items the database never had, and the feed entries saved from now on reuse ids
                        // the index believes applied, so only a rebuild makes it right.
                        logger.LogWarning("Search index is at feed position {Checkpoint} but the database's feed ends at {Latest} (restored from a backup?): rebuilding", index.Checkpoint, latest);
                        await RebuildAsync(stoppingToken);
                    }
                }

                if (lastPointerCheck.Elapsed > TimeSpan.FromSeconds(5))
                {
                    lastPointerCheck.Restart();
                    index.FollowPointer();
                    checkFeed = true;
                }

                while (await CatchUpAsync(stoppingToken))
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Search indexing failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }

            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The last feed id in the database when it is below this index's checkpoint, which on the
    /// database the index followed cannot happen (feed entries are never deleted, ids only grow).</summary>
    private async Task<long?> FeedEndsBeforeIndexAsync(CancellationToken ct)
    {
        if (!index.IsBuilt)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var latest = await db.Set<SearchChange>().MaxAsync(c => (long?)c.Id, ct) ?? 0;
        return index.Checkpoint > latest ? latest : null;
    }

    /// <summary>Applies the next batch of feed entries; false when there was nothing to do.</summary>
    public async Task<bool> CatchUpAsync(CancellationToken ct)
    {
        await index.WriteGate.WaitAsync(ct);
        try
        {
            if (!index.IsBuilt)
            {
                return false;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var from = index.Checkpoint;
            var changes = await db.Set<SearchChange>().AsNoTracking().Where(c => c.Id > from).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(ct);
            var fresh = changes.Where(c => c.Id > index.AppliedThrough).ToList();
            if (changes.Count == 0 || (fresh.Count == 0 && Contiguous(from, changes) == from))
            {
                return false;
            }

            var keys = changes.Select(c => new SearchChangeKey(c.SourceKind, c.ItemId)).Distinct().ToList();
            var documents = new Dictionary<(string, int), SearchDocument>();
            foreach (var source in sources)
            {
                foreach (var d in await source.LoadAsync(db, keys, ct))
                {
                    documents[(d.Kind, d.Id)] = d;
                }
            }

            var kinds = sources.Select(s => s.Kind).ToHashSet();
            var removals = keys.Where(k => kinds.Contains(k.Kind) && !documents.ContainsKey((k.Kind, k.Id))).Select(k => (k.Kind, k.Id)).ToList();
            var checkpoint = Contiguous(from, changes);
            index.Apply(documents.Values, removals, changes[^1].Id, checkpoint);
            return checkpoint > from && changes.Count == BatchSize;
        }
        finally
        {
            index.WriteGate.Release();
        }
    }

    /// <summary>Builds a new index from the database and swaps it in. With <paramref name="goLive"/>
    /// false (the command line, beside a running server) it only points the server at it.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct, bool goLive = true)
    {
        await rebuildGate.WaitAsync(ct);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            // Read the feed position first: every change up to it is then reflected in what is read.
            var checkpoint = await db.Set<SearchChange>().MaxAsync(c => (long?)c.Id, ct) ?? 0;
            var build = index.BeginBuild();
            build.Contents = Contents;
            var count = 0;
            try
            {
                foreach (var source in sources)
                {
                    count += await SearchIndexStore.AddAllAsync(build, source.AllAsync(db, ct), ct);
                }
            }
            catch
            {
                build.Dispose();
                throw;
            }

            await index.WriteGate.WaitAsync(ct);
            try
            {
                index.CompleteBuild(build, checkpoint, goLive);
            }
            finally
            {
                index.WriteGate.Release();
            }

            LastRebuiltAt = clock.GetUtcNow();
            logger.LogInformation("Search index rebuilt: {Count} documents in {Seconds:F1} s", count, stopwatch.Elapsed.TotalSeconds);
            signal.Notify();
            return count;
        }
        finally
        {
            rebuildGate.Release();
        }
    }

    /// <summary>Starts a rebuild on this node (unless one runs) and asks every other node for one. Returns
    /// false when this node was already rebuilding.</summary>
    public async Task<bool> RebuildEverywhereAsync(CancellationToken ct)
    {
        var started = StartRebuild();
        await bus.PublishAsync(RebuildTopic, "rebuild", ct);
        return started;
    }

    /// <summary>Rebuilds in the background: a large index takes minutes, and searches keep working.</summary>
    private bool StartRebuild()
    {
        if (Rebuilding)
        {
            return false;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RebuildAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Search index rebuild failed");
            }
        });
        return true;
    }

    /// <summary>Waits until every feed entry saved so far is searchable on this node.</summary>
    public async Task<bool> WaitUntilCurrentAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        long latest;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            latest = await db.Set<SearchChange>().MaxAsync(c => (long?)c.Id, ct) ?? 0;
        }

        var stopwatch = Stopwatch.StartNew();
        while (!(index.IsBuilt && index.AppliedThrough >= latest))
        {
            if (stopwatch.Elapsed > timeout)
            {
                return false;
            }

            signal.Notify();
            await Task.Delay(20, ct);
        }

        return true;
    }

    private long Contiguous(long from, List<SearchChange> changes)
    {
        var at = from;
        foreach (var change in changes)
        {
            if (change.Id == at + 1)
            {
                at = change.Id;
                continue;
            }

            if (gapAt != at)
            {
                gapAt = at;
                gapSince = Stopwatch.GetTimestamp();
            }

            if (Stopwatch.GetElapsedTime(gapSince) < GapPatience)
            {
                break;
            }

            at = change.Id;
        }

        return at;
    }
}
