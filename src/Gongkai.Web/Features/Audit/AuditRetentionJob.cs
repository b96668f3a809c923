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

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        try
        {
            var result = await services.GetRequiredService<AuditRetention>().PurgeAsync(ct);
            log.LogInformation("Audit retention: purged {Count} rows older than {Cutoff} (skipped: {Skipped})", result.Purged, result.Cutoff, result.Skipped);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged and retried tomorrow; the failure is also in the audit log (AuditRetention).
            log.LogError(ex, "Audit retention purge failed");
        }
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
