namespace Gongkai.Web.Shared.Mail;

/// <summary>A feature's deadline reminders, run by <see cref="ReminderJob{TReminders}"/>.</summary>
public interface IReminderRun
{
    /// <summary>Sends what is due and not yet sent; returns the number of mails sent.</summary>
    Task<int> SendDueAsync(CancellationToken ct);
}

/// <summary>Runs a feature's reminders every hour in a fresh scope; the reminders themselves decide
/// whether it is time (mail configured, after the reminder hour) and what was already sent.</summary>
public sealed class ReminderJob<TReminders>(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderJob<TReminders>> log) : BackgroundService
    where TReminders : class, IReminderRun
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TReminders>().SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "{Reminders} failed; retrying in {Interval}", typeof(TReminders).Name, Interval);
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
