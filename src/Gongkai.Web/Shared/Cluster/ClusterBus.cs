using System.Collections.Concurrent;
using Npgsql;

namespace Gongkai.Web.Shared.Cluster;

/// <summary>Tells the other nodes of the cluster what this node changed in its own memory (an evicted
/// cache tag, a dropped in-memory cache), through PostgreSQL <c>NOTIFY</c> on one channel and a
/// <c>LISTEN</c> on a dedicated connection of every node. A message is delivered within milliseconds
/// to every node listening; a node that was not (starting, reconnecting) may have missed some, so
/// after every (re)connection each subscriber is told to <em>resynchronise</em> (drop everything it
/// holds). On SQLite there is one node and nothing is sent.</summary>
public sealed class ClusterBus(ClusterDatabase database, ILogger<ClusterBus> log) : BackgroundService
{
    public const string Channel = "gongkai_cluster";

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private readonly List<(string Topic, Subscriber Subscriber)> subscribers = [];

    /// <summary>This process's id: a node ignores its own messages (it acted on them already).</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Whether this node currently receives the others' messages (readiness).</summary>
    public bool Listening { get; private set; }

    /// <summary>Registers what this node does with <paramref name="topic"/>'s messages from other
    /// nodes, and what it does when it may have missed some (<paramref name="resync"/>).</summary>
    public void Subscribe(string topic, Func<string, Task> onMessage, Func<Task> resync)
    {
        lock (gate)
        {
            subscribers.Add((topic, new Subscriber(onMessage, resync)));
        }
    }

    private List<(string Topic, Subscriber Subscriber)> Subscribers()
    {
        lock (gate)
        {
            return [.. subscribers];
        }
    }

    /// <summary>Sends <paramref name="message"/> to the other nodes. A failure is logged, never thrown:
    /// the change itself is saved, and the other nodes' caches expire on their own
    /// (<see cref="Caching.PortalCache.MaxAge"/>).</summary>
    public async Task PublishAsync(string topic, string message, CancellationToken ct = default)
    {
        if (!database.IsShared)
        {
            return;
        }

        try
        {
            await using var connection = database.PooledConnection();
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_notify(@channel, @payload)";
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", $"{NodeId}|{topic}|{message}");
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            log.LogWarning(e, "无法通知其他节点（{Topic} {Message}）", topic, message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.IsShared)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var received = new ConcurrentQueue<string>();
            try
            {
                await using var connection = database.DedicatedConnection("cluster bus");
                connection.Notification += (_, e) => received.Enqueue(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = connection.CreateCommand())
                {
                    listen.CommandText = "LISTEN " + Channel;
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Listening = true;
                // Whatever was sent while this node was not listening is unknown: start clean.
                foreach (var (_, subscriber) in Subscribers())
                {
                    await subscriber.Resync();
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                    while (received.TryDequeue(out var payload))
                    {
                        await DispatchAsync(payload);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or System.IO.IOException)
            {
                log.LogWarning(e, "集群通知连接中断，{Delay} 后重连", ReconnectDelay);
            }
            finally
            {
                Listening = false;
            }

            try
            {
                await Task.Delay(ReconnectDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task DispatchAsync(string payload)
    {
        var parts = payload.Split('|', 3);
        if (parts.Length != 3 || parts[0] == NodeId)
        {
            return;
        }

        foreach (var (topic, subscriber) in Subscribers())
        {
            if (topic != parts[1])
            {
                continue;
            }

            try
            {
                await subscriber.OnMessage(parts[2]);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "处理其他节点的通知失败：{Payload}", payload);
            }
        }
    }

    private sealed record Subscriber(Func<string, Task> OnMessage, Func<Task> Resync);
}
