using Npgsql;

namespace Gongkai.Web.Shared.Cluster;

/// <summary>Where the nodes of a cluster meet: the PostgreSQL server they share, or none on SQLite,
/// where the single process is the whole cluster (one node is always the leader and has no one
/// to tell about its evictions).</summary>
public sealed class ClusterDatabase(string? postgresConnectionString)
{
    public bool IsShared => postgresConnectionString is not null;

    /// <summary>A connection of its own, outside the pool: a session-level advisory lock or a LISTEN
    /// belongs to the session, and a pooled connection would keep the session (and the lock) alive
    /// after it is "closed". Keepalive makes a dead peer (a killed server, a cut network) noticed.
    /// The application name carries the node's process id and host (the id first: PostgreSQL cuts
    /// names at 63 bytes), so that pg_stat_activity joined with pg_locks tells an operator which node
    /// holds which job lease (scripts/cluster.sh leases).</summary>
    public NpgsqlConnection DedicatedConnection(string purpose) => new(new NpgsqlConnectionStringBuilder(Required)
    {
        Pooling = false,
        KeepAlive = 10,
        ApplicationName = $"gongkai {purpose} pid {Environment.ProcessId} {Environment.MachineName}",
    }.ConnectionString);

    /// <summary>A pooled connection for short commands (NOTIFY).</summary>
    public NpgsqlConnection PooledConnection() => new(Required);

    private string Required => postgresConnectionString ?? throw new InvalidOperationException("SQLite 单节点没有集群连接。");
}
