namespace Gongkai.Web.Features.Applications;

/// <summary>One reminder about one case to one case handler on one day. The unique
/// (ApplicationId, UserId, SentOn) index is the claim that keeps a second run — on this node or
/// another — from mailing the same reminder again that day, and the table is the record of sends.</summary>
public sealed class ApplicationReminder
{
    public long Id { get; set; }

    public int ApplicationId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>China-time date of the reminder.</summary>
    public DateOnly SentOn { get; set; }

    /// <summary><c>dueSoon</c> or <c>overdue</c>.</summary>
    public required string Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
