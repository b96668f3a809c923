namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>Applies expiry dates and future-dated acts to the stored validity (and the publication's,
/// which lists and search read) shortly after midnight China time; pages compute the state at read
/// time anyway, so a late run only delays search.</summary>
public sealed class NormativeValidityJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NormativeValidityJob> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<NormativeService>().SyncDueAsync(stoppingToken);
                if (changed > 0)
                {
                    log.LogInformation("Normative validity sync: {Count} documents changed", changed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Normative validity sync failed; retrying in {Interval}", Interval);
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
