namespace Gongkai.Web.Shared.Cluster;

/// <summary>A periodic job that runs on one node of the cluster at a time: before each run it takes
/// or confirms the job's lease (<see cref="JobLeases"/>); a node without the lease asks again every
/// <see cref="StandbyRetry"/> and, once it has it, runs at once, so a job whose leader died runs
/// within a minute on another node. Each run gets a fresh scope; a failure is logged and the job
/// tries again at its next time. Every wait uses the injected <see cref="TimeProvider"/>, so tests
/// control when (and whether) a job fires. The jobs themselves stay idempotent (they check what is
/// due and what was done), so a run repeated by a node taking over does no harm.</summary>
public abstract class ClusterJob(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger log) : BackgroundService
{
    /// <summary>How often a node without the lease asks for it: the longest a job waits after its
    /// leader died (plus the server's keepalive to notice a dead peer).</summary>
    public static readonly TimeSpan StandbyRetry = TimeSpan.FromSeconds(20);

    /// <summary>The lease's name: one per job, the same on every node.</summary>
    public abstract string Name { get; }

    /// <summary>Whether the job runs at start (a catch-up of what fell due while the node was down)
    /// or first waits for <see cref="UntilNextRun"/>.</summary>
    protected virtual bool RunsAtStart => true;

    /// <summary>Number of runs on this node (for the cluster tests and the logs).</summary>
    public int Runs => Volatile.Read(ref runs);

    private int runs;

    /// <summary>Time from <paramref name="now"/> to the next run.</summary>
    protected abstract TimeSpan UntilNextRun(DateTimeOffset now);

    /// <summary>One run, in its own scope.</summary>
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var start = clock.GetUtcNow();
        var due = RunsAtStart ? start : start + UntilNextRun(start);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow();
                if (due > now)
                {
                    await Task.Delay(due - now, clock, stoppingToken);
                    continue;
                }

                if (!await leases.HoldAsync(Name, stoppingToken))
                {
                    // Another node is the leader (or the database is away): stand by, ready to take over.
                    await Task.Delay(StandbyRetry, clock, stoppingToken);
                    continue;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await RunAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "{Job} failed; trying again at its next time", Name);
                }

                Interlocked.Increment(ref runs);
                var after = clock.GetUtcNow();
                due = after + UntilNextRun(after);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Hand over at once rather than when the process (and its session) ends.
        await leases.ReleaseAsync(Name);
    }
}
