namespace Gongkai.Domain.Consultations;

/// <summary>How the organ handled one public comment, as the 意见采纳情况 report lists it.</summary>
public enum CommentAnswerKind
{
    /// <summary>采纳.</summary>
    Adopted,

    /// <summary>部分采纳 (the answer says which part and why not the rest).</summary>
    PartlyAdopted,

    /// <summary>未采纳 (the answer gives the reason).</summary>
    NotAdopted,
}

public static class CommentAnswerKinds
{
    public static string Name(CommentAnswerKind kind) => kind switch
    {
        CommentAnswerKind.Adopted => "采纳",
        CommentAnswerKind.PartlyAdopted => "部分采纳",
        CommentAnswerKind.NotAdopted => "未采纳",
        _ => kind.ToString(),
    };

    public static string Code(CommentAnswerKind kind) => kind switch
    {
        CommentAnswerKind.Adopted => "adopted",
        CommentAnswerKind.PartlyAdopted => "partlyAdopted",
        CommentAnswerKind.NotAdopted => "notAdopted",
        _ => kind.ToString(),
    };

    public static CommentAnswerKind? Parse(string? text)
    {
        var t = text?.Trim();
        foreach (var k in Enum.GetValues<CommentAnswerKind>())
        {
            if (string.Equals(t, Code(k), StringComparison.OrdinalIgnoreCase) || t == Name(k))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>A partial or refused adoption must say why (the public is owed the reason).</summary>
    public static bool NeedsReason(CommentAnswerKind kind) => kind != CommentAnswerKind.Adopted;
}
