using Gongkai.Domain.Calendar;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications;

/// <summary>Mails each case handler, once a day, the open cases of their organs that are overdue or
/// due within <see cref="ApplicationOptions.DueSoonWorkingDays"/> working days — the same cases the
/// queue highlights in the platform. Each (case, handler, day) is claimed in the database before
/// the mail goes out, so a second run or a second node does not mail it again; a failed mail
/// releases its claims and is retried on the next hourly run.</summary>
public sealed class ApplicationReminders(
    GongkaiDbContext db,
    CalendarProvider calendars,
    StaffReminderMailer mailer,
    TimeProvider clock,
    IOptions<ApplicationOptions> options,
    ILogger<ApplicationReminders> log) : IReminderRun
{
    /// <summary>Returns the number of mails sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!mailer.IsTime(options.Value.ReminderHour))
        {
            return 0;
        }

        var today = ChinaTime.Today(clock);
        // Late December before next year's calendar is loaded: remind of overdue cases and of those
        // due within the same number of calendar days (fewer, never wrongly urgent).
        var days = options.Value.DueSoonWorkingDays;
        if (ApplicationQueue.DueSoonUntil(await calendars.GetAsync(ct), today, days) is not { } soon)
        {
            log.LogWarning("Reminders use calendar days: the working-day calendar does not reach {Days} working days past {Today}", days, today);
            soon = today.AddDays(days);
        }

        var cases = await db.Set<DisclosureApplication>().AsNoTracking()
            .Where(a => a.IsOpen && a.DueOn != null && a.DueOn <= soon)
            .Select(a => new { a.Id, a.OrganizationId, a.TrackingCode, a.InformationTitle, DueOn = a.DueOn!.Value })
            .ToListAsync(ct);
        if (cases.Count == 0)
        {
            return 0;
        }

        var organIds = cases.Select(c => c.OrganizationId).Distinct().ToList();
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => organIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        var handlers = await mailer.CaseHandlersAsync(organIds, ct);
        var already = (await db.Set<ApplicationReminder>().AsNoTracking().Where(r => r.SentOn == today)
            .Select(r => new { r.ApplicationId, r.UserId }).ToListAsync(ct)).Select(r => (r.ApplicationId, r.UserId)).ToHashSet();

        var sent = 0;
        foreach (var handler in handlers.GroupBy(h => h.UserId))
        {
            var theirOrgans = handler.Select(h => h.OrganizationId).ToHashSet();
            var theirs = cases.Where(c => theirOrgans.Contains(c.OrganizationId) && !already.Contains((c.Id, handler.Key)))
                .Select(c => new ReminderCase(c.Id, c.OrganizationId, organs.GetValueOrDefault(c.OrganizationId, ""), c.TrackingCode, c.InformationTitle, c.DueOn))
                .ToList();
            if (theirs.Count == 0)
            {
                continue;
            }

            var claims = theirs.Select(c => new ApplicationReminder
            {
                ApplicationId = c.Id,
                UserId = handler.Key,
                SentOn = today,
                Kind = c.DueOn < today ? "overdue" : "dueSoon",
                DueOn = c.DueOn,
                SentAt = now,
            }).ToList();
            var first = handler.First();
            if (await mailer.ClaimAndSendAsync(claims, ApplicationMails.Reminder(first.Email, first.DisplayName, today, theirs), ct))
            {
                sent++;
            }
        }

        if (sent > 0)
        {
            log.LogInformation("Application reminders: {Count} mails sent", sent);
        }

        return sent;
    }
}
