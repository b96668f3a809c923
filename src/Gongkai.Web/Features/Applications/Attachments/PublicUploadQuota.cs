using System.Collections.Concurrent;
using Gongkai.Web.Shared;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications.Attachments;

/// <summary>Bytes uploaded by the public today, per client address and in total. Kept in memory per node, like the rate limits: a restart or a second node starts
/// a fresh count, which bounds the disk use per node and day all the same.</summary>
public sealed class PublicUploadQuota(IOptions<PublicUploadOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(DateOnly Day, string Client), long> perClient = new();
    private readonly ConcurrentDictionary<DateOnly, long> total = new();
    private readonly ConcurrentDictionary<DateOnly, bool> alarmed = new();

    public long UsedToday(string client) => perClient.GetValueOrDefault((ChinaTime.Today(clock), client));

    public bool WouldExceed(string client, long bytes) => UsedToday(client) + bytes > options.Value.MaxDailyBytesPerClient;

    /// <summary>Counts stored bytes; true the first time today's total passes the alarm threshold.</summary>
    public bool Record(string client, long bytes)
    {
        var today = ChinaTime.Today(clock);
        perClient.AddOrUpdate((today, client), bytes, (_, used) => used + bytes);
        var sum = total.AddOrUpdate(today, bytes, (_, used) => used + bytes);
        foreach (var old in perClient.Keys.Where(k => k.Day < today))
        {
            perClient.TryRemove(old, out _);
        }

        return sum > options.Value.AlarmDailyBytes && alarmed.TryAdd(today, true);
    }

    public long TotalToday => total.GetValueOrDefault(ChinaTime.Today(clock));
}
