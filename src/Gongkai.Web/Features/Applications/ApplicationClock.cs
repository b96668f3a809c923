using Gongkai.Domain.Applications;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Shared;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications;

/// <summary>The case clock of a stored case: its events replayed by <see cref="CaseClock"/> on the
/// district's working-day calendar with the configured settings, and the answer kept on the case
/// (stage, due date, outcome …) for the queues and the annual report.</summary>
public sealed class ApplicationClock(CalendarProvider calendars, TimeProvider clock, IOptions<ApplicationOptions> options)
{
    public ClockSettings Settings => new(options.Value.PauseWhileFeeNoticeOpen,
        Math.Max(0, options.Value.PostDeemedReceiptDays), Math.Max(0, options.Value.ElectronicDeemedReceiptDays), options.Value.CountFromNextDay);

    /// <summary>Today in China (UTC+8): the day the rules compare event dates with.</summary>
    public DateOnly Today => ChinaTime.Today(clock);

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct) => await calendars.GetAsync(ct);

    /// <summary>The clock from the stored events, or null while an online application awaits confirmation.</summary>
    public async Task<CaseClockResult?> ClockAsync(DisclosureApplication a, CancellationToken ct)
    {
        if (a.Events.Count == 0)
        {
            return null;
        }

        var calendar = await calendars.GetAsync(ct);
        // Unsaved events (Id 0) last: they were added after every stored one.
        return CaseClock.Compute(a.Events.OrderBy(e => e.Id == 0 ? int.MaxValue : e.Id).Select(ToDomain), calendar, Settings, Today);
    }

    /// <summary>Replays the events and stores the clock's answer on the case (for the queues).
    /// A rule the history breaks throws <see cref="ApplicationRuleException"/>.</summary>
    public async Task<CaseClockResult?> RecomputeAsync(DisclosureApplication a, CancellationToken ct)
    {
        var result = await ClockAsync(a, ct);
        if (result is null)
        {
            a.Stage = ApplicationStage.AwaitingConfirmation;
            a.IsOpen = true;
            a.ReceivedOn = null;
            a.DueOn = null;
            return null;
        }

        a.ReceivedOn = result.ReceivedOn;
        a.Stage = result.Stage;
        a.IsOpen = result.IsOpen;
        a.DueOn = result.DueOn;
        a.Outcome = result.Outcome;
        a.RepliedOn = result.RepliedOn;
        a.ArchivedOn = result.ArchivedOn;
        a.ReconsiderationResult = result.ReconsiderationResult is { } r ? AppealResults.Code(r) : null;
        a.LitigationResult = result.LitigationResult is { } l ? AppealResults.Code(l) : null;
        a.LitigationAfterReconsideration = result.LitigationAfterReconsideration;
        return result;
    }

    public static ApplicationEvent ToDomain(ApplicationEventRecord r) =>
        new(r.Type, r.On)
        {
            WorkingDays = r.WorkingDays,
            Outcome = r.Outcome,
            CorrectUntil = r.CorrectUntil,
            Approver = r.Approver,
            AppealResult = AppealResults.Parse(r.AppealResult),
            AfterReconsideration = r.AfterReconsideration,
            Delivery = NoticeDeliveries.Parse(r.Delivery),
            DeferredTo = r.DeferredTo,
        };
}
