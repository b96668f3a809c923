using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Search;

/// <summary>A node is ready to answer searches when its index is built and has applied every change
/// in the feed as of the health check (it is given <see cref="Patience"/> to apply what was saved a
/// moment ago). A new node building its index, or one that cannot keep up, answers 503, so the
/// gateway sends searches to nodes that find what was just published.</summary>
public sealed class SearchReadiness(SearchIndexStore index, SearchIndexer indexer) : IReadinessCheck
{
    /// <summary>Several polls of the feed: a healthy node applies a change within half a second.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    public string Name => "search";

    public async Task<Readiness> CheckAsync(CancellationToken ct)
    {
        if (!index.IsBuilt)
        {
            return new Readiness(false, "检索索引正在建立");
        }

        return await indexer.WaitUntilCurrentAsync(Patience, ct)
            ? new Readiness(true, $"检索索引已跟上变更记录（至 {index.AppliedThrough}）")
            : new Readiness(false, $"检索索引落后于变更记录（已应用至 {index.AppliedThrough}）");
    }
}
