namespace Gongkai.Domain.Mailbox;

/// <summary>What a letter to the mailbox is (REGULATIONS.md §7.4: suggestions, daily-life problems,
/// policy enquiries, complaints about agency efficiency and other matters).</summary>
public enum LetterType
{
    /// <summary>咨询.</summary>
    Consultation,

    /// <summary>建议.</summary>
    Suggestion,

    /// <summary>投诉.</summary>
    Complaint,

    /// <summary>求助.</summary>
    Help,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>The API codes and Chinese names of <see cref="LetterType"/>.</summary>
public static class LetterTypes
{
    public static IReadOnlyList<LetterType> All { get; } = Enum.GetValues<LetterType>();

    public static string Code(LetterType type) => type switch
    {
        LetterType.Consultation => "consultation",
        LetterType.Suggestion => "suggestion",
        LetterType.Complaint => "complaint",
        LetterType.Help => "help",
        _ => "other",
    };

    public static string Name(LetterType type) => type switch
    {
        LetterType.Consultation => "咨询",
        LetterType.Suggestion => "建议",
        LetterType.Complaint => "投诉",
        LetterType.Help => "求助",
        _ => "其他",
    };

    /// <summary>The type from its code or Chinese name; null when unknown.</summary>
    public static LetterType? Parse(string? value)
    {
        var v = value?.Trim();
        foreach (var t in All)
        {
            if (string.Equals(Code(t), v, StringComparison.OrdinalIgnoreCase) || Name(t) == v)
            {
                return t;
            }
        }

        return null;
    }
}
