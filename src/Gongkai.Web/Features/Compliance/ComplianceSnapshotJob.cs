using Gongkai.Web.Shared.Cluster;

namespace Gongkai.Web.Features.Compliance;

/// <summary>Checks every hour, on one node of the cluster, whether the month that ended last has its
/// snapshot, and takes it once (<see cref="ComplianceSnapshots.TakeDueAsync"/>); so the snapshot is
/// taken in the first hour of a new month, or at the next start when the platform was down then.</summary>
public sealed class ComplianceSnapshotJob(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<ComplianceSnapshotJob> log)
    : ClusterJob(scopes, leases, clock, log)
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public override string Name => "compliance-snapshot";

    protected override TimeSpan UntilNextRun(DateTimeOffset now) => Interval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct) =>
        await services.GetRequiredService<ComplianceSnapshots>().TakeDueAsync(ct);
}
