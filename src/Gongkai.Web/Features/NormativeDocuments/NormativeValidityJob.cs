using Gongkai.Web.Shared.Cluster;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>Applies expiry dates and future-dated acts to the stored validity (and the publication's,
/// which lists and search read) every hour, on one node of the cluster; pages compute the state at
/// read time anyway, so a late run only delays search.</summary>
public sealed class NormativeValidityJob(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<NormativeValidityJob> log)
    : ClusterJob(scopes, leases, clock, log)
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly ILogger<NormativeValidityJob> log = log;

    public override string Name => "normative-validity";

    protected override TimeSpan UntilNextRun(DateTimeOffset now) => Interval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var changed = await services.GetRequiredService<NormativeService>().SyncDueAsync(ct);
        if (changed > 0)
        {
            log.LogInformation("Normative validity sync: {Count} documents changed", changed);
        }
    }
}
