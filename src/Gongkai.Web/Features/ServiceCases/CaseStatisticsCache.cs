using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Features.ServiceCases;

/// <summary>The year's 办件 statistics under the /bjjd look-up form. That page cannot be output-cached
/// (its form carries a per-visitor anti-forgery token), and the statistics read every case accepted in
/// the year, so they are kept in memory for a few minutes per (year, day, organ) and dropped on every
/// import on this node. Another node of a cluster shows an import at the latest after <see cref="Lifetime"/>.</summary>
public sealed class CaseStatisticsCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private int generation;

    public Task<T> GetOrComputeAsync<T>(int year, DateOnly today, int? organizationId, Func<Task<T>> compute) =>
        cache.GetOrCreateAsync((nameof(CaseStatisticsCache), Volatile.Read(ref generation), year, today, organizationId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return compute();
        })!;

    /// <summary>Cases were saved: later reads compute afresh (older entries simply expire).</summary>
    public void Changed() => Interlocked.Increment(ref generation);
}
