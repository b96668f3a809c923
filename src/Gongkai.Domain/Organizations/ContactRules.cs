using System.Text.RegularExpressions;

namespace Gongkai.Domain.Organizations;

/// <summary>Loose checks of the disclosure office's published contact details. Loose on purpose:
/// offices write extensions (转 8001), several numbers (、), or an area code in brackets, and
/// the check is only there to catch a field pasted into the wrong box.</summary>
public static partial class ContactRules
{
    public const int MaxFieldLength = 200;

    public static string? CheckPhone(string value, string label) =>
        value.Length == 0 || PhonePattern().IsMatch(value) && value.Count(char.IsAsciiDigit) >= 5
            ? null
            : $"{label}格式不正确，请填写号码，如 023-47521234（可含区号、分机“转”，多个号码用“、”分隔）。";

    public static string? CheckEmail(string value) =>
        value.Length == 0 || EmailPattern().IsMatch(value) ? null : "电子邮箱格式不正确，如 xxgk@jiangjin.gov.cn。";

    public static string? CheckLength(string value, string label, int max = MaxFieldLength) =>
        value.Length <= max ? null : $"{label}不能超过 {max} 个字符（现为 {value.Length} 个）。";

    [GeneratedRegex(@"^[0-9+()（）\-－—\s、,，;；/转分机]+$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
