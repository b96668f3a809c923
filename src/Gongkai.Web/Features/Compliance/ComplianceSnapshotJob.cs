namespace Gongkai.Web.Features.Compliance;

/// <summary>Checks every hour whether the month that ended last has its snapshot, and takes it once
/// (<see cref="ComplianceSnapshots.TakeDueAsync"/>); so the snapshot is taken in the first hour
/// of a new month, or at the next start when the platform was down then.</summary>
public sealed class ComplianceSnapshotJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ComplianceSnapshotJob> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ComplianceSnapshots>().TakeDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Compliance snapshot failed; retrying in {Interval}", Interval);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
