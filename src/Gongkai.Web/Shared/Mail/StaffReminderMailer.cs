using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Shared.Mail;

/// <summary>A case handler who can be reminded: enabled and with a work address on their account.</summary>
public sealed record ReminderRecipient(Guid UserId, int OrganizationId, string Email, string DisplayName);

/// <summary>The part every deadline reminder shares (applications, mailbox letters): whether it is
/// time, who the case handlers of some organs are, and the claim-then-send step. The claims are rows
/// of the feature's own reminder table whose unique index makes a second run — on this node or
/// another — fail to claim what was already sent; a mail the server did not accept releases its
/// claims, so the next hourly run tries again.</summary>
public sealed class StaffReminderMailer(GongkaiDbContext db, IMailSender mail, TimeProvider clock, ILogger<StaffReminderMailer> log)
{
    /// <summary>Mail is configured and the China-time hour has reached <paramref name="reminderHour"/>.</summary>
    public bool IsTime(int reminderHour) => mail.IsEnabled && ChinaTime.ToChina(clock.GetUtcNow()).Hour >= reminderHour;

    /// <summary>The case handlers of <paramref name="organIds"/>, one row per (handler, organ).</summary>
    public async Task<List<ReminderRecipient>> CaseHandlersAsync(IReadOnlyCollection<int> organIds, CancellationToken ct)
    {
        var ids = organIds.ToList();
        var rows = await (from m in db.Set<StaffMembership>().AsNoTracking()
                          join u in db.Set<StaffUser>().AsNoTracking() on m.UserId equals u.Id
                          where m.Role == BusinessRole.CaseHandler && ids.Contains(m.OrganizationId) && !u.IsDisabled && u.Email != null
                          select new { u.Id, m.OrganizationId, u.Email, u.DisplayName })
                         .ToListAsync(ct);
        return rows.Select(r => new ReminderRecipient(r.Id, r.OrganizationId, r.Email!, r.DisplayName)).ToList();
    }

    /// <summary>Claims <paramref name="claims"/> (new rows of a reminder table) and sends
    /// <paramref name="message"/>; true when the mail went out. Nothing is sent when another run
    /// holds (some of) the claims, and the claims are removed again when the mail fails.</summary>
    public async Task<bool> ClaimAndSendAsync<TClaim>(IReadOnlyList<TClaim> claims, OutgoingMail message, CancellationToken ct)
        where TClaim : class
    {
        db.AddRange(claims);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another run claimed (some of) these; it sends them.
            Detach(claims);
            log.LogInformation("Reminder \"{Subject}\" already claimed by another run", message.Subject);
            return false;
        }

        if (await mail.SendAsync(message, ct))
        {
            Detach(claims);
            return true;
        }

        db.RemoveRange(claims);
        await db.SaveChangesAsync(ct);
        Detach(claims);
        return false;
    }

    private void Detach<TClaim>(IEnumerable<TClaim> claims)
        where TClaim : class
    {
        foreach (var c in claims)
        {
            db.Entry(c).State = EntityState.Detached;
        }
    }
}
