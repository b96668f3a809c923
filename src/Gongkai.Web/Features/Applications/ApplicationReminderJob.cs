namespace Gongkai.Web.Features.Applications;

/// <summary>Runs <see cref="ApplicationReminders"/> every hour; the reminders themselves decide
/// whether it is time (mail configured, after the reminder hour) and what was already sent today.</summary>
public sealed class ApplicationReminderJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApplicationReminderJob> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ApplicationReminders>().SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Application reminders failed; retrying in {Interval}", Interval);
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
