using Gongkai.Web.Shared.Cluster;

namespace Gongkai.Web.Shared.Mail;

/// <summary>A feature's deadline reminders, run by <see cref="ReminderJob{TReminders}"/>.</summary>
public interface IReminderRun
{
    /// <summary>Sends what is due and not yet sent; returns the number of mails sent.</summary>
    Task<int> SendDueAsync(CancellationToken ct);
}

/// <summary>Runs a feature's reminders every hour on one node of the cluster; the reminders themselves
/// decide whether it is time (mail configured, after the reminder hour) and what was already sent.</summary>
public sealed class ReminderJob<TReminders>(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<ReminderJob<TReminders>> log)
    : ClusterJob(scopes, leases, clock, log)
    where TReminders : class, IReminderRun
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public override string Name => "reminders:" + typeof(TReminders).Name;

    protected override TimeSpan UntilNextRun(DateTimeOffset now) => Interval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct) =>
        await services.GetRequiredService<TReminders>().SendDueAsync(ct);
}
