using System.Globalization;
using System.Text;
using Gongkai.Domain.Mailbox;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>Mails the handlers of the organ holding an open letter (the district office while it
/// holds it) when the letter's current deadline — sign-off while awaiting routing or sign-off, the
/// reply after — is within <see cref="MailboxOptions.DueSoonWorkingDays"/> working days, and again
/// when it is overdue, then also to the district office, which supervises the mailbox (「统一监管」,
/// REGULATIONS.md §7.4). The same letters the queue highlights; each (letter, handler, kind,
/// deadline) is mailed once, claimed through <see cref="StaffReminderMailer"/>.</summary>
public sealed class LetterReminders(
    GongkaiDbContext db,
    CalendarProvider calendars,
    OrganizationDirectory directory,
    StaffReminderMailer mailer,
    TimeProvider clock,
    IOptions<MailboxOptions> options,
    ILogger<LetterReminders> log) : IReminderRun
{
    private sealed record Due(int Id, string TrackingCode, LetterType Type, int? Holder, LetterReminderKind Kind, bool SignOff, DateOnly DueOn);

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!mailer.IsTime(o.ReminderHour))
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        // Late December before next year's calendar is loaded: the same number of calendar days
        // (fewer letters, never wrongly urgent), as the application reminders do.
        if (ApplicationQueue.DueSoonUntil(await calendars.GetAsync(ct), today, o.DueSoonWorkingDays) is not { } soon)
        {
            log.LogWarning("Letter reminders use calendar days: the working-day calendar does not reach {Days} working days past {Today}", o.DueSoonWorkingDays, today);
            soon = today.AddDays(o.DueSoonWorkingDays);
        }

        var rows = await db.Set<MailboxLetter>().AsNoTracking()
            .Where(l => l.IsOpen && (l.ReplyBy <= soon
                || ((l.Stage == LetterStage.AwaitingRouting || l.Stage == LetterStage.AwaitingSignOff) && l.SignOffBy <= soon)))
            .Select(l => new { l.Id, l.TrackingCode, l.Type, l.Stage, l.HandlingOrganizationId, l.SignOffBy, l.ReplyBy })
            .ToListAsync(ct);
        var letters = rows.Select(l =>
        {
            // As the queue judges it: the reply deadline once passed, else the current one.
            var signOff = (l.Stage is LetterStage.AwaitingRouting or LetterStage.AwaitingSignOff) && l.SignOffBy < l.ReplyBy;
            var (isSignOff, due) = today > l.ReplyBy ? (false, l.ReplyBy) : signOff ? (true, l.SignOffBy) : (false, l.ReplyBy);
            var kind = today > due ? LetterReminderKind.Overdue : LetterReminderKind.DueSoon;
            return due <= soon ? new Due(l.Id, l.TrackingCode, l.Type, l.HandlingOrganizationId, kind, isSignOff, due) : null;
        }).OfType<Due>().ToList();
        if (letters.Count == 0)
        {
            return 0;
        }

        var office = (await directory.ResolveAsync(o.DistrictOffice, ct)).Id;
        var organIds = letters.Select(l => l.Holder ?? office).OfType<int>().Append(office ?? 0).Distinct().ToList();
        var organs = await db.Set<Organization>().AsNoTracking().Where(g => organIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.ShortName, ct);
        var handlers = await mailer.CaseHandlersAsync(organIds, ct);
        var ids = letters.Select(l => l.Id).ToList();
        var already = (await db.Set<LetterReminder>().AsNoTracking().Where(r => ids.Contains(r.LetterId))
            .Select(r => new { r.LetterId, r.UserId, r.Kind, r.DueOn }).ToListAsync(ct))
            .Select(r => (r.LetterId, r.UserId, r.Kind, r.DueOn)).ToHashSet();

        var sent = 0;
        foreach (var handler in handlers.GroupBy(h => h.UserId))
        {
            var theirOrgans = handler.Select(h => h.OrganizationId).ToHashSet();
            var theirs = letters.Where(l => !already.Contains((l.Id, handler.Key, l.Kind, l.DueOn))
                    && (((l.Holder ?? office) is { } holder && theirOrgans.Contains(holder))
                        || (l.Kind == LetterReminderKind.Overdue && office is { } o2 && theirOrgans.Contains(o2))))
                .ToList();
            if (theirs.Count == 0)
            {
                continue;
            }

            var claims = theirs.Select(l => new LetterReminder { LetterId = l.Id, UserId = handler.Key, Kind = l.Kind, DueOn = l.DueOn, SentAt = now }).ToList();
            var first = handler.First();
            if (await mailer.ClaimAndSendAsync(claims, Mail(first.Email, first.DisplayName, today, theirs, organs, office), ct))
            {
                sent++;
            }
        }

        if (sent > 0)
        {
            log.LogInformation("Letter reminders: {Count} mails sent", sent);
        }

        return sent;
    }

    /// <summary>The mail lists tracking code, type, deadline and holder, never the subject or the
    /// writer: the letter's text may carry the writer's personal data, which stays in the platform.</summary>
    private static OutgoingMail Mail(string to, string staffName, DateOnly today, IReadOnlyList<Due> letters, Dictionary<int, string> organs, int? office)
    {
        var overdue = letters.Count(l => l.Kind == LetterReminderKind.Overdue);
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{staffName}：")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"截至{today:yyyy年M月d日}，有{letters.Count}件区长信箱来信即将到期或已超期（其中已超期{overdue}件）：")
            .AppendLine();
        foreach (var l in letters.OrderBy(l => l.DueOn).ThenBy(l => l.Id))
        {
            var state = l.Kind == LetterReminderKind.Overdue ? "已超期" : "即将到期";
            var holder = (l.Holder ?? office) is { } h ? organs.GetValueOrDefault(h, "") : "";
            body.AppendLine(CultureInfo.InvariantCulture,
                $"- [{state}] {l.TrackingCode} {LetterTypes.Name(l.Type)}，{holder}，{(l.SignOff ? "签收" : "答复")}期限 {l.DueOn:yyyy-MM-dd}（/admin/mailbox/{l.Id}）");
        }

        body.AppendLine()
            .AppendLine("请登录平台及时办理。本邮件由系统自动发送，每件来信的每个期限即将到期、已超期时各提醒一次。");
        var subject = overdue > 0
            ? $"区长信箱办理提醒：{overdue}件已超期，{letters.Count - overdue}件即将到期"
            : $"区长信箱办理提醒：{letters.Count}件即将到期";
        return new OutgoingMail(to, subject, body.ToString());
    }
}
