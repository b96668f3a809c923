namespace Gongkai.Domain.Mailbox;

/// <summary>The steps of a letter's handling (「集中受理、归口办理、集中公示」, REGULATIONS.md §7.4).</summary>
public enum LetterEventType
{
    /// <summary>The district office sends the letter to the competent organ (交办).</summary>
    Routed,

    /// <summary>The handling organ acknowledges it (签收).</summary>
    SignedOff,

    /// <summary>The organ hands a misrouted letter back to the district office, with the reason (退回).</summary>
    Returned,

    /// <summary>The reply time limit is extended once, with the approver recorded (延期).</summary>
    Extended,

    /// <summary>The organ's reply to the writer (答复).</summary>
    Replied,

    /// <summary>The replied letter is published with the writer's personal data removed (公开).</summary>
    Published,
}

public static class LetterEventTypes
{
    public static IReadOnlyList<LetterEventType> All { get; } = Enum.GetValues<LetterEventType>();

    public static string Code(LetterEventType type) => type switch
    {
        LetterEventType.Routed => "routed",
        LetterEventType.SignedOff => "signedOff",
        LetterEventType.Returned => "returned",
        LetterEventType.Extended => "extended",
        LetterEventType.Replied => "replied",
        _ => "published",
    };

    public static string Name(LetterEventType type) => type switch
    {
        LetterEventType.Routed => "交办",
        LetterEventType.SignedOff => "签收",
        LetterEventType.Returned => "退回",
        LetterEventType.Extended => "延期",
        LetterEventType.Replied => "答复",
        _ => "公开",
    };

    public static LetterEventType? Parse(string? value)
    {
        var v = value?.Trim();
        return All.Cast<LetterEventType?>().FirstOrDefault(t => string.Equals(Code(t!.Value), v, StringComparison.OrdinalIgnoreCase));
    }
}
