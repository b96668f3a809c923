using Gongkai.Web.Shared.Cluster;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Features.ServiceCases;

/// <summary>The year's 办件 statistics under the /bjjd look-up form. That page cannot be output-cached
/// (its form carries a per-visitor anti-forgery token), and the statistics read every case accepted in
/// the year, so they are kept in memory for a few minutes per (year, day, organ) and dropped on every
/// import, on this node at once and on the other nodes of a cluster through the <see cref="ClusterBus"/>
/// (should that message be lost, they show the import after <see cref="Lifetime"/>).</summary>
public sealed class CaseStatisticsCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const string Topic = "case-statistics";

    private readonly IMemoryCache cache;
    private readonly ClusterBus bus;
    private int generation;

    public CaseStatisticsCache(IMemoryCache cache, ClusterBus bus)
    {
        this.cache = cache;
        this.bus = bus;
        bus.Subscribe(Topic, _ => Drop(), Drop);
    }

    public Task<T> GetOrComputeAsync<T>(int year, DateOnly today, int? organizationId, Func<Task<T>> compute) =>
        cache.GetOrCreateAsync((nameof(CaseStatisticsCache), Volatile.Read(ref generation), year, today, organizationId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return compute();
        })!;

    /// <summary>Cases were saved: later reads compute afresh (older entries simply expire), here and
    /// on the other nodes.</summary>
    public async Task ChangedAsync(CancellationToken ct = default)
    {
        await Drop();
        await bus.PublishAsync(Topic, "changed", ct);
    }

    private Task Drop()
    {
        Interlocked.Increment(ref generation);
        return Task.CompletedTask;
    }
}
