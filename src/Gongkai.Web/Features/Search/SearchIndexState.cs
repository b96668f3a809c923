using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>One open index directory: its writer, its searchers and how far into the feed it is.</summary>
internal sealed class SearchIndexState(string name, Lucene.Net.Store.Directory directory, IndexWriter writer, SearcherManager searchers, long checkpoint)
    : IDisposable
{
    public string Name { get; } = name;

    public Lucene.Net.Store.Directory Directory { get; } = directory;

    public IndexWriter Writer { get; } = writer;

    public SearcherManager Searchers { get; } = searchers;

    /// <summary>Every feed entry up to here is in the last commit; -1 before the first build.</summary>
    public long Checkpoint { get; set; } = checkpoint;

    /// <summary>The highest feed entry applied (entries after a gap may be applied before it closes).</summary>
    public long AppliedThrough { get; set; } = checkpoint;

    /// <summary>What the index was built from (saved with every commit); see <see cref="SearchIndexer"/>.</summary>
    public string Contents { get; set; } = string.Empty;

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }
}
