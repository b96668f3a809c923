using Gongkai.Domain.Mailbox;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>A letter to the 区长信箱 or to an organ's mailbox. The writer's name, phone and e-mail
/// are stored encrypted (as an applicant's are); the public only ever sees the
/// <c>Published…</c> copies, made with personal data masked when the letter is published.</summary>
public sealed class MailboxLetter
{
    public int Id { get; set; }

    public required string TrackingCode { get; set; }

    public required string QueryPasswordHash { get; set; }

    /// <summary>The organ written to; null for the 区长信箱.</summary>
    public int? RecipientOrganizationId { get; set; }

    /// <summary>The organ the letter is with; null while the district office holds it (to route or
    /// to handle itself). An organ's staff see a letter only while it is theirs here or they replied to it.</summary>
    public int? HandlingOrganizationId { get; set; }

    /// <summary>The organ that replied (for the monthly analysis by organ); null for the district office.</summary>
    public int? RepliedByOrganizationId { get; set; }

    public LetterType Type { get; set; }

    public required string Subject { get; set; }

    public required string Content { get; set; }

    /// <summary>Staff's subject classification (e.g. 城乡建设, 教育), for the analysis by topic.</summary>
    public string? Topic { get; set; }

    public string? NameCipher { get; set; }

    public string? PhoneCipher { get; set; }

    public string? EmailCipher { get; set; }

    /// <summary>The writer agreed to the letter and reply being published (without their personal data).</summary>
    public bool PublishConsent { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The staff member who registered a letter received by post; null for online letters.</summary>
    public string? RegisteredBy { get; set; }

    public required string SubmissionKey { get; set; }

    public LetterStage Stage { get; set; }

    public bool IsOpen { get; set; } = true;

    public DateOnly SignOffBy { get; set; }

    public DateOnly ReplyBy { get; set; }

    public DateOnly? RepliedOn { get; set; }

    public bool Extended { get; set; }

    public string? ReplyText { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedSubject { get; set; }

    public string? PublishedContent { get; set; }

    public string? PublishedReply { get; set; }

    /// <summary>What masking changed before publication (kind and masked form, never the original).</summary>
    public string? MaskingReport { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<LetterEventRecord> Events { get; set; } = [];

    public bool IsPublished => PublishedAt is not null;
}

/// <summary>One recorded step of a letter's handling.</summary>
public sealed class LetterEventRecord
{
    public int Id { get; set; }

    public int LetterId { get; set; }

    public LetterEventType Type { get; set; }

    public DateOnly On { get; set; }

    /// <summary>The organ routed to (routed) or the organ that recorded the step.</summary>
    public int? OrganizationId { get; set; }

    /// <summary>The reason (returned, extended) or the reply (replied).</summary>
    public string? Text { get; set; }

    /// <summary>Who approved an extension.</summary>
    public string? Approver { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? RecordedBy { get; set; }
}

/// <summary>A file sent with a letter (<see cref="Applications.Attachments.StoredUpload"/>).</summary>
public sealed class LetterAttachment : Applications.Attachments.StoredUpload
{
    public int LetterId { get; set; }
}
