using System.Globalization;
using Gongkai.Domain.Search;
using Gongkai.Web.Shared;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Search;

/// <summary>This node's Lucene index under <c>{DataDirectory}/search</c>. The file <c>current</c> names
/// the live index directory; a rebuild writes a new directory and swaps the name, so searches never
/// stop. The feed checkpoint lives in the commit's user data, so the index and its position in the
/// feed are saved together.</summary>
public sealed class SearchIndex : IDisposable
{
    public const string CheckpointKey = "feed-checkpoint";

    /// <summary>Commit data naming what the index was built from (<see cref="SearchIndexer"/>).</summary>
    public const string ContentsKey = "contents";

    internal static readonly string[] FacetFields =
        [SearchFields.Organization, SearchFields.Category, SearchFields.Topic, SearchFields.Genre, SearchFields.Year, SearchFields.Validity];

    private const int MaxResultWindow = 10_000;
    private readonly string root;
    private readonly ILogger<SearchIndex> logger;
    private readonly Analyzer analyzer = SearchAnalyzers.Create();
    private readonly System.Threading.Lock swap = new();
    private readonly SearchResultCache cache = new(256);
    private SearchIndexState? live;

    public SearchIndex(IOptions<GongkaiOptions> options, ILogger<SearchIndex> logger)
        : this(Path.Combine(options.Value.ResolveDataDirectory(), "search"), logger)
    {
    }

    public SearchIndex(string root, ILogger<SearchIndex> logger)
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

    internal Analyzer Analyzer => analyzer;

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

    /// <summary>Above this many hits (estimated from a sample) a query is answered level by level
    /// with estimated counts (<see cref="SampledSearch"/>); an index this small is always searched exactly.</summary>
    internal int ExactLimit { get; set; } = 50_000;

    /// <summary>Documents in the sample that estimates a broad query's counts.</summary>
    internal int SampleSize { get; set; } = 16_384;

    public SearchResult Search(SearchRequest request, DateTimeOffset now)
    {
        var q = SearchQuery.Parse(request.Query);
        var plan = SearchQueryBuilder.Build(q, request, now);
        if (plan is null)
        {
            return SearchResult.Empty(q.Notice);
        }

        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxResultWindow / pageSize);
        var key = request with { Query = q.Text, Page = page, PageSize = pageSize };
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
                if (cache.TryGet(searcher.IndexReader, key, now.UtcTicks, out var cached))
                {
                    return cached with { Notice = q.Notice };
                }

                var answer = Sampled(searcher, plan, page, pageSize, now) ?? Exact(searcher, plan, request.Sort, page, pageSize);
                var hits = answer.Docs.Select(d => Hit(searcher.Doc(d), q)).ToList();
                var result = new SearchResult(answer.Total, page, pageSize, hits, Facets(answer.Facets), q.Notice) { Estimated = answer.Estimated };
                cache.Put(searcher.IndexReader, key, result, now.UtcTicks);
                return result;
            }
            finally
            {
                s.Searchers.Release(searcher);
            }
        }
    }

    /// <summary>Number of documents in the live index (for the status line and tests).</summary>
    public int Count()
    {
        var s = Current;
        var searcher = s.Searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            s.Searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        live?.Dispose();
        analyzer.Dispose();
    }

    /// <summary>Every hit read, scored and counted: exact totals and facets.</summary>
    private static Answer Exact(IndexSearcher searcher, SearchPlan plan, SearchSort order, int page, int pageSize)
    {
        // Ties (same tier, same date) fall to the document number, as in the sampled search.
        var sort = order == SearchSort.Date
            ? new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, true))
            : new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Date, SortFieldType.INT64, true));
        var top = TopFieldCollector.Create(sort, page * pageSize, false, false, false, false);
        var facets = new FacetCollector(FacetFields);
        searcher.Search(plan.Match, MultiCollector.Wrap(top, facets));
        var docs = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs.Select(d => d.Doc).ToList();
        return new Answer(docs, top.TotalHits, facets.Totals(), Estimated: false);
    }

    private Answer? Sampled(IndexSearcher searcher, SearchPlan plan, int page, int pageSize, DateTimeOffset now) =>
        SampledSearch.TrySearch(searcher, plan, page * pageSize, ExactLimit, SampleSize, now) is { } outcome
            ? new Answer(outcome.Ranked.Skip((page - 1) * pageSize).ToList(), outcome.Total, outcome.Facets, Estimated: true)
            : null;

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, SearchQuery q)
    {
        var title = doc.Get(SearchFields.Title) ?? string.Empty;
        var body = doc.Get(SearchFields.BodyText) ?? string.Empty;
        var snippet = Snippet.Excerpt(body, q.Terms);
        if (!snippet.Any(p => p.Match))
        {
            var attachment = doc.GetValues(SearchFields.AttachmentText).FirstOrDefault(a => q.Terms.Any(t => Snippet.Contains(a, t)));
            if (attachment is not null)
            {
                snippet = [new TextPart("附件：", false), .. Snippet.Excerpt(attachment, q.Terms)];
            }
        }

        var ticks = doc.GetField(SearchFields.Date)?.GetInt64Value() ?? DateTimeOffset.MinValue.UtcTicks;
        return new SearchHit(
            doc.Get(SearchFields.Kind),
            doc.GetField(SearchFields.Id)?.GetInt32Value() ?? 0,
            title,
            doc.Get(SearchFields.Url),
            doc.Get(SearchFields.OrganizationName),
            ticks == DateTimeOffset.MinValue.UtcTicks ? null : new DateTimeOffset(ticks, TimeSpan.Zero),
            doc.Get(SearchFields.DocumentNumber),
            Snippet.Highlight(title, q.Terms),
            snippet);
    }

    private static Dictionary<string, IReadOnlyList<FacetValue>> Facets(IReadOnlyDictionary<string, Dictionary<string, int>> totals)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var (field, counts) in totals)
        {
            var values = counts.Select(c => field == SearchFields.Organization && c.Key.Split('\u001f') is [var id, var name]
                    ? new FacetValue(id, name, c.Value)
                    : new FacetValue(c.Key, c.Key, c.Value));
            values = field == SearchFields.Year
                ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal);
            result[FacetName(field)] = values.Take(30).ToList();
        }

        return result;
    }

    private static string FacetName(string field) => field switch
    {
        SearchFields.Organization => "organization",
        _ => field,
    };

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

    /// <summary>A page of hits (index-wide document numbers), the total and the facet counts, exact
    /// or estimated.</summary>
    private sealed record Answer(IReadOnlyList<int> Docs, int Total, IReadOnlyDictionary<string, Dictionary<string, int>> Facets, bool Estimated);

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
