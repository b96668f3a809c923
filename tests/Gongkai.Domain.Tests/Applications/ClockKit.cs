using Gongkai.Domain.Applications;
using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Tests.Applications;

internal static class ClockKit
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static ApplicationEvent E(ApplicationEventType type, string on) => new(type, D(on));

    public static CaseClockResult Run(params ApplicationEvent[] events) => CaseClock.Compute(events, WorkingDayCalendar.Official);

    public static CaseClockResult Run(ClockSettings settings, params ApplicationEvent[] events) => CaseClock.Compute(events, WorkingDayCalendar.Official, settings);

    public static CaseClockResult RunOn(string today, params ApplicationEvent[] events) => CaseClock.Compute(events, WorkingDayCalendar.Official, null, D(today));

    public static string Refused(params ApplicationEvent[] events) => Assert.Throws<ApplicationRuleException>(() => Run(events)).Message;

    public static ApplicationEvent Received(string on) => E(ApplicationEventType.Received, on);

    public static ApplicationEvent Reply(string on, string outcome = "granted") => E(ApplicationEventType.Replied, on) with { Outcome = outcome };

    public static ApplicationEvent Extension(string on, int days, string? approver = "王主任") =>
        E(ApplicationEventType.ExtensionApproved, on) with { WorkingDays = days, Approver = approver };

    public static ApplicationEvent Correction(string on, string until) =>
        E(ApplicationEventType.CorrectionRequested, on) with { CorrectUntil = D(until) };
}
