using System.Buffers;
using System.IO.Pipelines;
using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Shared.Cluster;

/// <summary>This node's output-cache store, whose evictions reach every node: an eviction by tag
/// (<see cref="PortalCache"/>, <see cref="PortalAreaCache"/> and every feature's cache class evict
/// through <see cref="IOutputCacheStore.EvictByTagAsync"/>) is applied here and sent on the
/// <see cref="ClusterBus"/>; a tag sent by another node is evicted from the store underneath. So a
/// publication or withdrawal through one node is out of the other nodes' caches within
/// milliseconds, not after the entries' <see cref="PortalCache.MaxAge"/>. Entries stay per node.</summary>
public sealed class ClusterOutputCacheStore : IOutputCacheBufferStore
{
    public const string Topic = "output-cache";

    private readonly IOutputCacheStore inner;
    private readonly ClusterBus bus;

    public ClusterOutputCacheStore(IOutputCacheStore inner, ClusterBus bus)
    {
        this.inner = inner;
        this.bus = bus;
        // Every cached page carries the AllTag (PortalCachePolicy), so evicting it empties the store.
        bus.Subscribe(Topic, tag => inner.EvictByTagAsync(tag, default).AsTask(), () => inner.EvictByTagAsync(PortalCache.AllTag, default).AsTask());
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await inner.EvictByTagAsync(tag, cancellationToken);
        await bus.PublishAsync(Topic, tag, cancellationToken);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        inner.SetAsync(key, value, tags, validFor, cancellationToken);

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (inner is IOutputCacheBufferStore buffers)
        {
            return await buffers.TryGetAsync(key, destination, cancellationToken);
        }

        var bytes = await inner.GetAsync(key, cancellationToken);
        if (bytes is null)
        {
            return false;
        }

        await destination.WriteAsync(bytes, cancellationToken);
        return true;
    }

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        inner is IOutputCacheBufferStore buffers
            ? buffers.SetAsync(key, value, tags, validFor, cancellationToken)
            : inner.SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
}
