using Gongkai.Web.Shared.Cluster;

namespace Gongkai.Web.Features.Audit;

/// <summary>Runs the retention purge once a day at 03:00 China time, a quiet hour, on one node of the
/// cluster. The wait uses the injected <see cref="TimeProvider"/>, so tests control when (and whether)
/// it fires. A node that takes the lease over from a dead leader purges at once; the purge is
/// idempotent (and serialised by its own advisory lock in <see cref="AuditRetention"/>).</summary>
public sealed class AuditRetentionJob(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<AuditRetentionJob> log)
    : ClusterJob(scopes, leases, clock, log)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private readonly ILogger<AuditRetentionJob> log = log;

    public override string Name => "audit-retention";

    protected override bool RunsAtStart => false;

    protected override TimeSpan UntilNextRun(DateTimeOffset now) => TimeUntilNextRun(now);

    // A failure is logged by ClusterJob and retried tomorrow; it is also in the audit log (AuditRetention).
    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var result = await services.GetRequiredService<AuditRetention>().PurgeAsync(ct);
        log.LogInformation("Audit retention: purged {Count} rows older than {Cutoff} (skipped: {Skipped})", result.Purged, result.Cutoff, result.Skipped);
    }

    /// <summary>Time from <paramref name="now"/> to the next 03:00 in China Standard Time.</summary>
    public static TimeSpan TimeUntilNextRun(DateTimeOffset now)
    {
        var local = now.ToOffset(ChinaOffset);
        var next = new DateTimeOffset(local.Date.AddHours(3), ChinaOffset);
        if (next <= local)
        {
            next = next.AddDays(1);
        }

        return next - now;
    }
}
