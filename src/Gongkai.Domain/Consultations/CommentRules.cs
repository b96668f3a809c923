namespace Gongkai.Domain.Consultations;

/// <summary>Limits on what the public may send with a comment. Name and phone are asked so the organ
/// can reach the writer; they are never shown (the public sees <see cref="AnonymousName"/> or the
/// display name the writer chose).</summary>
public static class CommentRules
{
    public const int MaxTextLength = 3000;

    public const int MaxNameLength = 50;

    public const int MaxDisplayNameLength = 20;

    public const int MaxPhoneLength = 30;

    public const int MaxAnswerLength = 3000;

    /// <summary>The same text from the same phone on the same consultation within this window is the
    /// same comment sent twice (double click, resend after a slow page), not a second opinion.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromMinutes(10);

    public const string AnonymousName = "某网友";

    /// <summary>A phone: 7 to 20 digits, with the usual +, spaces, hyphens and brackets.</summary>
    public static bool IsPhone(string phone)
    {
        var digits = phone.Count(char.IsAsciiDigit);
        return digits is >= 7 and <= 20 && phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')' or '（' or '）');
    }
}
