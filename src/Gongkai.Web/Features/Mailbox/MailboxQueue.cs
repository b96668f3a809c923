using Gongkai.Domain.Calendar;
using Gongkai.Domain.Mailbox;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>One row of the staff queue, with its highlight.</summary>
public sealed record LetterQueueRow(int Id, string TrackingCode, LetterType Type, string Subject, LetterStage Stage, DateOnly ReceivedOn,
    DateOnly SignOffBy, DateOnly ReplyBy, DateOnly? RepliedOn, string? Organization, bool Overdue, bool DueSoon);

public sealed record LetterQueuePage(IReadOnlyList<LetterQueueRow> Rows, int Page, bool HasMore);

/// <summary>The staff queue: open letters (or all letters, newest first) of the organs the person
/// handles, or of every organ for the district office and the supervisors, by reply deadline. Letters
/// past their deadline are marked overdue and those due within
/// <see cref="LetterTimeLimits.DueSoonWorkingDays"/> working days due soon, as on the application queue.</summary>
public sealed class MailboxQueue(GongkaiDbContext db)
{
    public const int PageSize = 50;

    public async Task<LetterQueuePage> ReadAsync(IReadOnlySet<int>? organs, bool openOnly, bool overdueOnly, int page,
        WorkingDayCalendar calendar, LetterTimeLimits limits, DateOnly today, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var letters = db.Set<MailboxLetter>().AsNoTracking();
        if (organs is not null)
        {
            var ids = organs.ToList();
            // Open letters are the holder's; answered ones stay visible to the organ that replied.
            letters = openOnly || overdueOnly
                ? letters.Where(l => l.HandlingOrganizationId != null && ids.Contains(l.HandlingOrganizationId.Value))
                : letters.Where(l => (l.HandlingOrganizationId != null && ids.Contains(l.HandlingOrganizationId.Value))
                    || (l.RepliedByOrganizationId != null && ids.Contains(l.RepliedByOrganizationId.Value)));
        }

        IOrderedQueryable<MailboxLetter> ordered;
        if (openOnly || overdueOnly)
        {
            letters = letters.Where(l => l.IsOpen);
            if (overdueOnly)
            {
                letters = letters.Where(l => l.ReplyBy < today);
            }

            ordered = letters.OrderBy(l => l.ReplyBy).ThenBy(l => l.Id);
        }
        else
        {
            ordered = letters.OrderByDescending(l => l.Id);
        }

        var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(l => new { l.Id, l.TrackingCode, l.Type, l.Subject, l.Stage, l.ReceivedOn, l.SignOffBy, l.ReplyBy, l.RepliedOn, Organ = l.HandlingOrganizationId ?? l.RepliedByOrganizationId })
            .ToListAsync(ct);
        var organIds = rows.Where(r => r.Organ != null).Select(r => r.Organ!.Value).Distinct().ToList();
        var names = await db.Set<Organization>().AsNoTracking().Where(o => organIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var result = rows.Take(PageSize).Select(r =>
        {
            var awaiting = r.Stage is LetterStage.AwaitingRouting or LetterStage.AwaitingSignOff;
            var due = awaiting ? r.SignOffBy : r.ReplyBy;
            var open = r.RepliedOn is null;
            var overdue = open && (today > r.ReplyBy || today > due);
            var soon = open && !overdue && LetterClock.WorkingDaysUntil(calendar, today, due) <= limits.DueSoonWorkingDays;
            return new LetterQueueRow(r.Id, r.TrackingCode, r.Type, r.Subject, r.Stage, r.ReceivedOn, r.SignOffBy, r.ReplyBy, r.RepliedOn,
                r.Organ is { } o ? names.GetValueOrDefault(o) : null, overdue, soon);
        }).ToList();
        return new LetterQueuePage(result, page, rows.Count > PageSize);
    }
}
