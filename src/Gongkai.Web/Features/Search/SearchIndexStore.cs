using System.Globalization;
using Gongkai.Web.Shared;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Search;

/// <summary>This node's Lucene index directories under <c>{DataDirectory}/search</c>: opening,
/// creating, writing and swapping them. The file <c>current</c> names the live index directory; a
/// rebuild writes a new directory and swaps the name, so searches never stop. The feed checkpoint
/// lives in the commit's user data, so the index and its position in the feed are saved together.
/// Queries go through <see cref="SearchIndex"/>, which reads the live directory's searchers.</summary>
public sealed class SearchIndexStore : IDisposable
{
    public const string CheckpointKey = "feed-checkpoint";

    /// <summary>Commit data naming what the index was built from (<see cref="SearchIndexer"/>).</summary>
    public const string ContentsKey = "contents";

    private readonly string root;
    private readonly ILogger<SearchIndexStore> logger;
    private readonly Analyzer analyzer = SearchAnalyzers.Create();
    private readonly System.Threading.Lock swap = new();
    private SearchIndexState? live;

    public SearchIndexStore(IOptions<GongkaiOptions> options, ILogger<SearchIndexStore> logger)
        : this(Path.Combine(options.Value.ResolveDataDirectory(), "search"), logger)
    {
    }

    public SearchIndexStore(string root, ILogger<SearchIndexStore> logger)
    {
        this.root = root;
        this.logger = logger;
        System.IO.Directory.CreateDirectory(root);
    }

    /// <summary>Serialises writes to the live index with swaps.</summary>
    internal SemaphoreSlim WriteGate { get; } = new(1, 1);

    public long Checkpoint => Current.Checkpoint;

    public long AppliedThrough => Current.AppliedThrough;

    public bool IsBuilt => Current.Checkpoint >= 0;

    public string CurrentName => Current.Name;

    /// <summary>What the live index was built from: its sources and format (empty if unknown).</summary>
    public string BuiltContents => Current.Contents;

    /// <summary>Opened on first use, so that a rebuild command can run beside a live server (which
    /// holds the live directory's write lock).</summary>
    private SearchIndexState Current
    {
        get
        {
            if (live is null)
            {
                lock (swap)
                {
                    live ??= OpenCurrent();
                }
            }

            return live;
        }
    }

    /// <summary>Name of the directory in the <c>current</c> file (another process may have rebuilt).</summary>
    public string? PointedName()
    {
        var pointer = Path.Combine(root, "current");
        return File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
    }

    /// <summary>Adds or replaces documents and removes keys, then makes them visible to searches.</summary>
    internal void Apply(IReadOnlyCollection<SearchDocument> upserts, IEnumerable<(string Kind, int Id)> removals, long appliedThrough, long checkpoint)
    {
        var s = Current;
        foreach (var (kind, id) in removals)
        {
            s.Writer.DeleteDocuments(SearchFields.KeyTerm(kind, id));
        }

        foreach (var d in upserts)
        {
            s.Writer.UpdateDocument(SearchFields.KeyTerm(d.Kind, d.Id), SearchFields.From(d));
        }

        if (checkpoint > s.Checkpoint || upserts.Count > 0)
        {
            s.Checkpoint = Math.Max(s.Checkpoint, checkpoint);
            s.Writer.SetCommitData(CommitData(s));
            s.Writer.Commit();
        }

        s.Searchers.MaybeRefreshBlocking();
        // Only now: whoever waits for this position must find the changes searchable.
        s.AppliedThrough = Math.Max(s.AppliedThrough, appliedThrough);
    }

    /// <summary>Removes an item from this node's results at once (a withdrawal); the feed follows.</summary>
    public void RemoveNow(string kind, int id)
    {
        var s = Current;
        try
        {
            s.Writer.DeleteDocuments(SearchFields.KeyTerm(kind, id));
            s.Searchers.MaybeRefreshBlocking();
        }
        catch (ObjectDisposedException)
        {
            // Swapped meanwhile: the new index is built from the database, which no longer shows it.
        }
    }

    /// <summary>Starts a full build into a fresh directory; the live index keeps serving.</summary>
    internal SearchIndexState BeginBuild()
    {
        // The wall clock on purpose, not TimeProvider: the name only orders builds on this disk, across
        // restarts, and must not follow a test's or a replayed clock.
        var name = "index-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        return Open(name, create: true, ramBufferMb: 256);
    }

    /// <summary>Adds batches as they are read, reading the next one (from the database, say) while
    /// the last is being indexed; returns how many documents were added.</summary>
    internal static async Task<int> AddAllAsync(SearchIndexState build, IAsyncEnumerable<IReadOnlyList<SearchDocument>> batches, CancellationToken ct)
    {
        var count = 0;
        var adding = Task.CompletedTask;
        try
        {
            await foreach (var batch in batches.WithCancellation(ct))
            {
                await adding;
                adding = Task.Run(() => Add(build, batch), ct);
                count += batch.Count;
            }
        }
        catch
        {
            // Reading failed: let the batch being indexed finish before the caller disposes the build.
            await adding.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }

        await adding;
        return count;
    }

    internal static void Add(SearchIndexState build, IEnumerable<SearchDocument> documents)
    {
        // IndexWriter takes documents from several threads at once; analysis is the costly part.
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            d => build.Writer.AddDocument(SearchFields.From(d)));
    }

    /// <summary>Commits the build at the given feed position and makes it the live index.</summary>
    internal void CompleteBuild(SearchIndexState build, long checkpoint, bool goLive = true)
    {
        build.Checkpoint = checkpoint;
        build.AppliedThrough = checkpoint;
        build.Writer.SetCommitData(CommitData(build));
        build.Writer.Commit();
        // From now on the index takes small changes: compound files keep their file count down.
        build.Writer.Config.UseCompoundFile = true;
        build.Searchers.MaybeRefreshBlocking();
        if (goLive)
        {
            SwapTo(build);
            return;
        }

        // Built by a command beside a running server: release the directory and point at it; the
        // server follows the pointer (FollowPointer) within seconds.
        build.Dispose();
        WritePointer(build.Name);
    }

    /// <summary>Opens the directory another process built and named in <c>current</c>.</summary>
    internal void FollowPointer()
    {
        if (PointedName() is { } name && name != Current.Name && !name.StartsWith("index-empty", StringComparison.Ordinal) && DirectoryReader.IndexExists(FSDirectory.Open(Path.Combine(root, name))))
        {
            logger.LogInformation("Search index {Name} was rebuilt elsewhere; switching to it", name);
            SwapTo(Open(name, create: false, ramBufferMb: 32));
        }
    }

    /// <summary>Runs <paramref name="read"/> on a searcher of the live index, released after; a
    /// searcher of an index swapped out meanwhile is not to be had, so it asks again.</summary>
    internal T Read<T>(Func<IndexSearcher, T> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            var s = Current;
            IndexSearcher searcher;
            try
            {
                searcher = s.Searchers.Acquire();
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                continue;
            }

            try
            {
                return read(searcher);
            }
            finally
            {
                s.Searchers.Release(searcher);
            }
        }
    }

    /// <summary>Number of documents in the live index (for the status line and tests).</summary>
    public int Count() => Read(searcher => searcher.IndexReader.NumDocs);

    /// <summary>The key (<c>kind:id</c>) of every document in the live index, sorted: what an operator
    /// compares between the nodes of a cluster.</summary>
    public IReadOnlyList<string> Keys() => Read(searcher =>
    {
        var keys = new List<string>(searcher.IndexReader.NumDocs);
        var fields = new HashSet<string> { SearchFields.Kind, SearchFields.Id };
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var live = reader.LiveDocs;
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (live is null || live.Get(i))
                {
                    var doc = reader.Document(i, fields);
                    keys.Add($"{doc.Get(SearchFields.Kind)}:{doc.GetField(SearchFields.Id)?.GetInt32Value() ?? 0}");
                }
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    });

    public void Dispose()
    {
        live?.Dispose();
        analyzer.Dispose();
    }

    private SearchIndexState OpenCurrent()
    {
        if (PointedName() is { } name && DirectoryReader.IndexExists(FSDirectory.Open(Path.Combine(root, name))))
        {
            return Open(name, create: false, ramBufferMb: 32);
        }

        // Nothing built yet: an empty index answers until the first build completes.
        var fresh = Open("index-empty-" + Guid.NewGuid().ToString("N")[..6], create: true, ramBufferMb: 32);
        fresh.Checkpoint = -1;
        fresh.AppliedThrough = -1;
        return fresh;
    }

    private SearchIndexState Open(string name, bool create, double ramBufferMb)
    {
        var directory = FSDirectory.Open(Path.Combine(root, name));
        var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = ramBufferMb,
            // A fresh build is written once and merged into large segments: packing each flushed
            // segment into a compound file first would copy it for nothing.
            UseCompoundFile = !create,
        };
        var writer = new IndexWriter(directory, config);
        var searchers = new SearcherManager(writer, true, new Bm25SearcherFactory());
        var checkpoint = writer.CommitData.TryGetValue(CheckpointKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var c) ? c : -1;
        return new SearchIndexState(name, directory, writer, searchers, checkpoint)
        {
            Contents = writer.CommitData.TryGetValue(ContentsKey, out var contents) ? contents : string.Empty,
        };
    }

    private static Dictionary<string, string> CommitData(SearchIndexState s) => new()
    {
        [CheckpointKey] = s.Checkpoint.ToString(CultureInfo.InvariantCulture),
        [ContentsKey] = s.Contents,
    };

    private void SwapTo(SearchIndexState next)
    {
        SearchIndexState? old;
        lock (swap)
        {
            old = live;
            live = next;
            WritePointer(next.Name);
        }

        logger.LogInformation("Search index now {Name} at feed position {Checkpoint}", next.Name, next.Checkpoint);
        if (old is null || old.Name == next.Name)
        {
            return;
        }

        // Searches that acquired the old searcher finish first; then the old directory goes.
        _ = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            try
            {
                old.Dispose();
                System.IO.Directory.Delete(Path.Combine(root, old.Name), recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Could not remove the old search index {Name}", old.Name);
            }
        });
    }

    private void WritePointer(string name)
    {
        File.WriteAllText(Path.Combine(root, "current.tmp"), name);
        File.Move(Path.Combine(root, "current.tmp"), Path.Combine(root, "current"), overwrite: true);
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
