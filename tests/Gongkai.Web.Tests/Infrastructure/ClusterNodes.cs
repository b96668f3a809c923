using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>A test that only means something on PostgreSQL (several nodes on one database): skipped,
/// with the reason, when <c>GONGKAI_TEST_POSTGRES</c> is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!GongkaiFactory.OnPostgres)
        {
            Skip = "needs PostgreSQL (GONGKAI_TEST_POSTGRES): several nodes share one database";
        }
    }
}

/// <summary>Several started applications — nodes — on one PostgreSQL database, each with its own data
/// directory (search index, files) and its own caches, as behind a load balancer. The keys outside
/// the database (audit chain, personal data) are the same on every node, as a deployment must make
/// them. Nodes are started one after the other, so only the first migrates and seeds.</summary>
public sealed class ClusterNodes : IDisposable
{
    private readonly List<GongkaiFactory> nodes = [];
    private readonly HashSet<GongkaiFactory> stopped = [];

    public ClusterNodes(int count, Func<GongkaiFactory>? node = null)
    {
        if (DatabaseTemplate.Enabled)
        {
            _ = DatabaseTemplate.Current;
        }

        Database = "gk_cluster_" + Guid.NewGuid().ToString("N")[..16];
        DatabaseTemplate.CreatePostgresDatabase(Database, DatabaseTemplate.Enabled ? DatabaseTemplate.Current.PostgresName : null);
        for (var i = 0; i < count; i++)
        {
            var factory = (node?.Invoke() ?? new GongkaiFactory()).OnSharedDatabase(Database);
            if (i > 0 && !DatabaseTemplate.Enabled)
            {
                CopyKeys(nodes[0].DataDirectory, factory.DataDirectory);
            }

            using (factory.Scope())
            {
                // Started (migrated, seeded, jobs running) before the next node starts.
            }

            // A node hears the others only once its bus is listening; a message sent before that is
            // lost (as for a real node still starting), so a test could otherwise race the start.
            var bus = factory.Services.GetRequiredService<Gongkai.Web.Shared.Cluster.ClusterBus>();
            var started = System.Diagnostics.Stopwatch.StartNew();
            while (GongkaiFactory.OnPostgres && !bus.Listening && started.Elapsed < TimeSpan.FromSeconds(30))
            {
                Thread.Sleep(20);
            }

            nodes.Add(factory);
        }
    }

    public string Database { get; }

    public GongkaiFactory this[int i] => nodes[i];

    public IReadOnlyList<GongkaiFactory> Nodes => nodes;

    /// <summary>Every node's fake clock to the latest of them (a sign-in advances its node's clock for
    /// the second factor), so that what one node publishes "now" is visible "now" on the others.</summary>
    public void SyncClocks()
    {
        var latest = nodes.Where(n => !stopped.Contains(n)).Max(n => n.Clock.GetUtcNow());
        foreach (var n in nodes.Where(n => !stopped.Contains(n)))
        {
            n.Clock.SetUtcNow(latest);
        }
    }

    /// <summary>Stops one node (its host shuts down: jobs stop, connections close); the others go on.</summary>
    public void Stop(GongkaiFactory node)
    {
        stopped.Add(node);
        node.Dispose();
    }

    public void Dispose()
    {
        foreach (var node in nodes.Where(n => !stopped.Contains(n)))
        {
            node.Dispose();
        }

        GongkaiFactory.DropPostgresDatabase(Database);
    }

    private static void CopyKeys(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(from, "keys")))
        {
            Directory.CreateDirectory(Path.Combine(to, "keys"));
            File.Copy(file, Path.Combine(to, "keys", Path.GetFileName(file)), overwrite: true);
        }
    }
}
