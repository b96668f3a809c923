using System.Collections.Concurrent;
using Gongkai.Web.Shared;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>The per-address throttle in front of the per-account lockout:
/// after <see cref="SecurityOptions.FailedSignInsPerAccountPerIp"/> failures from one address
/// against one name, that address is refused for the lockout period without the attempt reaching
/// the account, so a stranger cannot lock out the predictable administrator names alone. Names
/// that do not exist are counted the same way, so the answer says nothing about which exist.
/// Kept in memory per node, like the rate limits.</summary>
public sealed class SignInThrottle(IOptions<GongkaiOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Client, string Name), Queue<DateTimeOffset>> failures = new();

    private SecurityOptions Security => options.Value.Security;

    private TimeSpan Window => TimeSpan.FromMinutes(Security.LockoutMinutes);

    public bool IsThrottled(string client, string userName)
    {
        if (!failures.TryGetValue(Key(client, userName), out var queue))
        {
            return false;
        }

        lock (queue)
        {
            Expire(queue);
            return queue.Count >= Security.FailedSignInsPerAccountPerIp;
        }
    }

    public void RecordFailure(string client, string userName)
    {
        var queue = failures.GetOrAdd(Key(client, userName), _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Expire(queue);
            queue.Enqueue(clock.GetUtcNow());
        }

        // Keeps the table from growing without bound under a spray of names.
        if (failures.Count > 100_000)
        {
            foreach (var (key, old) in failures)
            {
                lock (old)
                {
                    Expire(old);
                    if (old.Count == 0)
                    {
                        failures.TryRemove(key, out _);
                    }
                }
            }
        }
    }

    public void Clear(string client, string userName) => failures.TryRemove(Key(client, userName), out _);

    public string Message => $"该地址登录失败次数过多，请 {Security.LockoutMinutes} 分钟后再试。";

    private void Expire(Queue<DateTimeOffset> queue)
    {
        var since = clock.GetUtcNow() - Window;
        while (queue.Count > 0 && queue.Peek() <= since)
        {
            queue.Dequeue();
        }
    }

    private static (string, string) Key(string client, string userName) => (client, userName.Trim().ToUpperInvariant());
}
