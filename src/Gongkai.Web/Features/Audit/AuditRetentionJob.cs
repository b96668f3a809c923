namespace Gongkai.Web.Features.Audit;

/// <summary>Runs the retention purge once a day at 03:00 China time, a quiet hour. The wait uses
/// the injected <see cref="TimeProvider"/>, so tests control when (and whether) it fires.</summary>
public sealed class AuditRetentionJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditRetentionJob> log) : BackgroundService
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(UntilNextRun(clock.GetUtcNow()), clock, stoppingToken);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var result = await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync(stoppingToken);
                    log.LogInformation("Audit retention: purged {Count} rows older than {Cutoff} (skipped: {Skipped})", result.Purged, result.Cutoff, result.Skipped);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Logged and retried tomorrow; the failure is also in the audit log (AuditRetention).
                    log.LogError(ex, "Audit retention purge failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }

    /// <summary>Time from <paramref name="now"/> to the next 03:00 in China Standard Time.</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now)
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
