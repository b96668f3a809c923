namespace Gongkai.Web.Features.Mailbox;

/// <summary>Why a handler was reminded of a letter.</summary>
public enum LetterReminderKind
{
    /// <summary>The current deadline (sign-off or reply) is within <see cref="MailboxOptions.DueSoonWorkingDays"/> working days.</summary>
    DueSoon,

    /// <summary>The current deadline has passed with the letter unanswered.</summary>
    Overdue,
}

/// <summary>One reminder about one letter to one handler. The unique (LetterId, UserId, Kind, DueOn)
/// index is the claim that keeps a second run — on this node or another — from mailing it again:
/// each letter is reminded once per deadline it reaches (sign-off, reply, an extended reply) and kind,
/// and the table is the record of sends.</summary>
public sealed class LetterReminder
{
    public long Id { get; set; }

    public int LetterId { get; set; }

    public Guid UserId { get; set; }

    public LetterReminderKind Kind { get; set; }

    /// <summary>The deadline reminded of.</summary>
    public DateOnly DueOn { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
