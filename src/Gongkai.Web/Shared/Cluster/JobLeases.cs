using System.Text;
using Npgsql;

namespace Gongkai.Web.Shared.Cluster;

/// <summary>Which node of the cluster runs a periodic job: the one holding the job's session-level
/// PostgreSQL advisory lock (<c>pg_try_advisory_lock</c>) on this node's one dedicated connection.
/// The lock lives as long as that session, so a node that dies (killed, cut off: the server notices
/// through keepalive and ends the session) hands the lease over without anyone cleaning up, and the
/// others, asking every <see cref="ClusterJob.StandbyRetry"/>, take it within a minute. A node
/// shutting down releases its leases at once. On SQLite the one process is always the leader.</summary>
public sealed class JobLeases(ClusterDatabase database, ILogger<JobLeases> log) : IAsyncDisposable
{
    /// <summary>The first key of the two-key form, so these locks never meet the single-key ones of
    /// the audit sealer and retention ("GkJb").</summary>
    private const int LockClass = 0x476B4A62;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly HashSet<string> held = new(StringComparer.Ordinal);
    private NpgsqlConnection? connection;

    /// <summary>Whether this node held the lease of <paramref name="job"/> when last asked.</summary>
    public bool Holds(string job)
    {
        if (!database.IsShared)
        {
            return true;
        }

        lock (held)
        {
            return held.Contains(job);
        }
    }

    /// <summary>Takes or confirms the lease of <paramref name="job"/>; false while another node holds it
    /// or the database cannot be reached (then nobody here runs it).</summary>
    public async Task<bool> HoldAsync(string job, CancellationToken ct)
    {
        if (!database.IsShared)
        {
            return true;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (connection is not null && !await AliveAsync(connection, ct))
            {
                // The session is gone, and every lock with it: another node may hold them by now.
                log.LogWarning("任务租约连接已断开，释放本节点持有的租约：{Jobs}", string.Join(",", Snapshot()));
                await DropConnectionAsync();
            }

            if (Holds(job))
            {
                return true;
            }

            if (connection is null)
            {
                var fresh = database.DedicatedConnection("job leases");
                await fresh.OpenAsync(ct);
                connection = fresh;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_try_advisory_lock(@c, @k)";
            command.Parameters.AddWithValue("c", LockClass);
            command.Parameters.AddWithValue("k", Key(job));
            var taken = (bool)(await command.ExecuteScalarAsync(ct))!;
            if (taken)
            {
                lock (held)
                {
                    held.Add(job);
                }

                log.LogInformation("本节点取得任务 {Job} 的集群租约", job);
            }

            return taken;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            log.LogWarning(e, "无法取得任务 {Job} 的集群租约（数据库不可达？）", job);
            await DropConnectionAsync();
            return false;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Gives the lease up (a stopping job), so that another node takes over at its next try.</summary>
    public async Task ReleaseAsync(string job)
    {
        if (!database.IsShared)
        {
            return;
        }

        await gate.WaitAsync();
        try
        {
            bool had;
            lock (held)
            {
                had = held.Remove(job);
            }

            if (had && connection is not null)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT pg_advisory_unlock(@c, @k)";
                command.Parameters.AddWithValue("c", LockClass);
                command.Parameters.AddWithValue("k", Key(job));
                await command.ExecuteScalarAsync();
                log.LogInformation("本节点交出任务 {Job} 的集群租约", job);
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The session ends with the process anyway, and the lock with it.
            log.LogWarning(e, "交出任务 {Job} 的租约失败", job);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync() => await DropConnectionAsync();

    /// <summary>A stable 32-bit key of the job's name (FNV-1a): the same on every node and every start,
    /// unlike string.GetHashCode.</summary>
    internal static int Key(string job)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(job))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return unchecked((int)hash);
    }

    private static async Task<bool> AliveAsync(NpgsqlConnection c, CancellationToken ct)
    {
        try
        {
            await using var command = c.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    private List<string> Snapshot()
    {
        lock (held)
        {
            return [.. held];
        }
    }

    private async Task DropConnectionAsync()
    {
        lock (held)
        {
            held.Clear();
        }

        if (connection is not null)
        {
            var c = connection;
            connection = null;
            await c.DisposeAsync();
        }
    }
}
