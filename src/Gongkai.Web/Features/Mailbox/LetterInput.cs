namespace Gongkai.Web.Features.Mailbox;

/// <summary>A letter as the public form and <c>POST /api/v1/mailbox/letters</c> send it.</summary>
public sealed class LetterInput
{
    /// <summary>An organ's id or name, or “区长信箱” (also when empty).</summary>
    public string? Recipient { get; set; }

    /// <summary>consultation, suggestion, complaint, help or other (or 咨询, 建议, 投诉, 求助, 其他).</summary>
    public string? Type { get; set; }

    public string? Subject { get; set; }

    public string? Content { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>Whether the writer agrees to publication (without personal data).</summary>
    public bool? Publish { get; set; }

    /// <summary>Date a letter sent by post arrived; staff token only.</summary>
    public DateOnly? ReceivedOn { get; set; }
}

/// <summary>A step of the handling, as <c>POST /api/v1/mailbox/letters/{id}/events</c> sends it.</summary>
public sealed class LetterEventInput
{
    /// <summary>routed, signedOff, returned, extended, replied or published.</summary>
    public string? Type { get; set; }

    public DateOnly? On { get; set; }

    /// <summary>The organ (id or name) a letter is routed to.</summary>
    public string? Organization { get; set; }

    /// <summary>The reason (returned, extended) or the reply text (replied).</summary>
    public string? Text { get; set; }

    /// <summary>Who approved the extension (extended).</summary>
    public string? Approver { get; set; }

    /// <summary>The subject classification for the analysis by topic (any step).</summary>
    public string? Topic { get; set; }
}

/// <summary>Bad fields, with a Chinese message per field.</summary>
public sealed class LetterInputException(IReadOnlyDictionary<string, string> errors) : Exception(string.Join("；", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}

/// <summary>A step that breaks the handling rules (wrong stage, second extension, …).</summary>
public sealed class LetterRuleException(string message) : Exception(message);

/// <summary>The signed-in person may see the letter but not do this with it.</summary>
public sealed class LetterForbiddenException(string message) : Exception(message);

/// <summary>The stored letter and, for a new one, its query password (shown once).</summary>
public sealed record LetterSubmitResult(MailboxLetter Letter, string? Password, bool Duplicate);
